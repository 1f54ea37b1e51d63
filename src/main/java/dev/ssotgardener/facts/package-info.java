/**
 * Layer 0: the language-neutral facts a front end extracts from one file. Plain immutable records;
 * uses nothing but the JDK.
 */
package dev.ssotgardener.facts;
