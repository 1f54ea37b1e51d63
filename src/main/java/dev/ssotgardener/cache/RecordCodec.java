package dev.ssotgardener.cache;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * A compact binary form of one record type and everything it holds (records, strings, ints,
 * booleans, enums, lists and sets of those), derived from the record declarations themselves, so a
 * new field needs no code here. A warm audit decodes one entry per file: this is several times
 * cheaper than JSON data binding. Strings repeated within one value are written once.
 *
 * <p>{@link #schema()} changes whenever a declaration does, so bytes written by another shape of
 * the records are never read as this one. Thread-safe.
 */
public final class RecordCodec<T extends Record> {
  private final Class<T> type;
  private final Map<Class<?>, Shape> shapes = new HashMap<>();
  private final Map<Class<?>, Object[]> enums = new HashMap<>();
  private final long schema;

  public RecordCodec(Class<T> type) {
    this.type = type;
    StringBuilder signature = new StringBuilder();
    describe(type, signature);
    CRC32 crc = new CRC32();
    crc.update(signature.toString().getBytes(StandardCharsets.UTF_8));
    this.schema = crc.getValue();
  }

  /** A fingerprint of the record declarations this codec reads and writes. */
  public long schema() {
    return schema;
  }

  public byte[] encode(T value) {
    Writer out = new Writer();
    out.value(value, type);
    return Arrays.copyOf(out.bytes, out.size);
  }

  /**
   * The value encoded in {@code bytes[offset, offset + length)}.
   *
   * @throws IllegalArgumentException if those bytes are not one whole value of this type
   */
  public T decode(byte[] bytes, int offset, int length) {
    Reader in = new Reader(bytes, offset, offset + length);
    Object value;
    try {
      value = in.value(type);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not an encoded " + type.getSimpleName(), e);
    }
    if (in.at != in.end) {
      throw new IllegalArgumentException("trailing bytes after an encoded " + type.getSimpleName());
    }
    return type.cast(value);
  }

  /** How one record type is taken apart and built again. */
  private record Shape(Method[] accessors, Type[] types, Constructor<?> constructor) {}

  /** Registers the shape of {@code t} and what it holds, and appends its declaration. */
  private void describe(Type t, StringBuilder out) {
    Class<?> raw = raw(t);
    if (raw == String.class || raw == int.class || raw == boolean.class) {
      out.append(raw.getName());
    } else if (raw.isEnum()) {
      enums.put(raw, raw.getEnumConstants());
      out.append(raw.getName()).append(Arrays.toString(raw.getEnumConstants()));
    } else if (raw == List.class || raw == Set.class) {
      out.append(raw.getName()).append('<');
      describe(element(t), out);
      out.append('>');
    } else if (raw.isRecord()) {
      out.append(raw.getName());
      if (shapes.containsKey(raw)) {
        return;
      }
      RecordComponent[] components = raw.getRecordComponents();
      Method[] accessors = new Method[components.length];
      Type[] types = new Type[components.length];
      Class<?>[] parameters = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        accessors[i] = components[i].getAccessor();
        accessors[i].setAccessible(true);
        types[i] = components[i].getGenericType();
        parameters[i] = components[i].getType();
      }
      try {
        Constructor<?> constructor = raw.getDeclaredConstructor(parameters);
        constructor.setAccessible(true);
        shapes.put(raw, new Shape(accessors, types, constructor));
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(e);
      }
      out.append('(');
      for (int i = 0; i < components.length; i++) {
        out.append(components[i].getName()).append(':');
        describe(types[i], out);
        out.append(',');
      }
      out.append(')');
    } else {
      throw new IllegalArgumentException("no binary form for " + t + " in " + type.getName());
    }
  }

  private static Class<?> raw(Type t) {
    return t instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) t;
  }

  private static Type element(Type collection) {
    return ((ParameterizedType) collection).getActualTypeArguments()[0];
  }

  /** Appends values; the first occurrence of a string is written out, later ones by number. */
  private final class Writer {
    private byte[] bytes = new byte[256];
    private int size;
    private final Map<String, Integer> strings = new HashMap<>();

    void value(Object value, Type t) {
      Class<?> raw = raw(t);
      if (raw == int.class) {
        varint(zigzag((Integer) value));
      } else if (raw == boolean.class) {
        varint((Boolean) value ? 1 : 0);
      } else if (raw == String.class) {
        string((String) value);
      } else if (value == null) {
        varint(0);
      } else if (raw.isEnum()) {
        varint(((Enum<?>) value).ordinal() + 1);
      } else if (raw == List.class || raw == Set.class) {
        Collection<?> items = (Collection<?>) value;
        varint(items.size() + 1);
        Type item = element(t);
        for (Object each : items) {
          value(each, item);
        }
      } else {
        varint(1);
        Shape shape = shapes.get(raw);
        for (int i = 0; i < shape.accessors.length; i++) {
          value(get(shape.accessors[i], value), shape.types[i]);
        }
      }
    }

    private void string(String value) {
      if (value == null) {
        varint(0);
        return;
      }
      Integer known = strings.get(value);
      if (known != null) {
        varint(known + 2);
        return;
      }
      strings.put(value, strings.size());
      byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
      varint(1);
      varint(utf8.length);
      room(utf8.length);
      System.arraycopy(utf8, 0, bytes, size, utf8.length);
      size += utf8.length;
    }

    private void varint(int value) {
      room(5);
      while ((value & ~0x7F) != 0) {
        bytes[size++] = (byte) ((value & 0x7F) | 0x80);
        value >>>= 7;
      }
      bytes[size++] = (byte) value;
    }

    private void room(int more) {
      if (size + more > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
      }
    }
  }

  /** Reads what {@link Writer} wrote; any inconsistency throws. */
  private final class Reader {
    private final byte[] bytes;
    private int at;
    private final int end;
    private final List<String> strings = new ArrayList<>();

    Reader(byte[] bytes, int at, int end) {
      this.bytes = bytes;
      this.at = at;
      this.end = end;
    }

    Object value(Type t) {
      Class<?> raw = raw(t);
      if (raw == int.class) {
        int v = varint();
        return (v >>> 1) ^ -(v & 1);
      }
      if (raw == boolean.class) {
        return varint() != 0;
      }
      if (raw == String.class) {
        return string();
      }
      int tag = varint();
      if (tag == 0) {
        return null;
      }
      if (raw.isEnum()) {
        return enums.get(raw)[tag - 1];
      }
      if (raw == List.class || raw == Set.class) {
        int count = tag - 1;
        if (count > end - at) {
          throw new IllegalArgumentException("a collection longer than its bytes");
        }
        Type item = element(t);
        Collection<Object> items =
            raw == List.class ? new ArrayList<>(count) : new LinkedHashSet<>(count * 2);
        for (int i = 0; i < count; i++) {
          items.add(value(item));
        }
        return items;
      }
      Shape shape = shapes.get(raw);
      Object[] arguments = new Object[shape.types.length];
      for (int i = 0; i < arguments.length; i++) {
        arguments[i] = value(shape.types[i]);
      }
      try {
        return shape.constructor.newInstance(arguments);
      } catch (InvocationTargetException e) {
        throw new IllegalArgumentException("invalid " + raw.getSimpleName(), e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }

    private String string() {
      int tag = varint();
      if (tag == 0) {
        return null;
      }
      if (tag >= 2) {
        return strings.get(tag - 2);
      }
      int length = varint();
      if (length < 0 || length > end - at) {
        throw new IllegalArgumentException("a string longer than its bytes");
      }
      String value = new String(bytes, at, length, StandardCharsets.UTF_8);
      at += length;
      strings.add(value);
      return value;
    }

    private int varint() {
      int value = 0;
      for (int shift = 0; shift < 35; shift += 7) {
        if (at >= end) {
          throw new IllegalArgumentException("truncated");
        }
        byte b = bytes[at++];
        value |= (b & 0x7F) << shift;
        if (b >= 0) {
          return value;
        }
      }
      throw new IllegalArgumentException("a malformed number");
    }
  }

  private static int zigzag(int value) {
    return (value << 1) ^ (value >> 31);
  }

  private static Object get(Method accessor, Object owner) {
    try {
      return accessor.invoke(owner);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
