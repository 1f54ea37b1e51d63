/**
 * Layer 4: an audit split over machines. {@code ssot audit --shard I/N} writes one part of an audit
 * ({@link dev.ssotgardener.shard.ShardResult}: its files' facts and text, in the binary form of
 * {@link dev.ssotgardener.shard.ShardResultFormat}); {@link dev.ssotgardener.shard.ShardMerge} puts
 * all N parts together for the auditor to judge, as one audit of the whole would. May use {@code
 * audit}, {@code cache}, {@code policy}, {@code facts} and {@code workspace}.
 */
package dev.ssotgardener.shard;
