package dev.ssotgardener.merges;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.AbbreviatedObjectId;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.PackParser;

/**
 * An inserter that keeps what a merge writes (merged blobs, trees, the virtual bases of criss-cross
 * merges) in memory, readable through its readers beside the repository's own objects: re-merging
 * history must not add objects to the user's repository.
 */
final class MemoryInserter extends ObjectInserter {
  private final Repository repository;
  private final Map<ObjectId, ObjectLoader> objects = new HashMap<>();

  MemoryInserter(Repository repository) {
    this.repository = repository;
  }

  @Override
  public ObjectId insert(int type, long length, InputStream in) throws IOException {
    byte[] data = in.readNBytes(Math.toIntExact(length));
    ObjectId id = idFor(type, data);
    objects.putIfAbsent(id, new ObjectLoader.SmallObject(type, data));
    return id;
  }

  @Override
  public PackParser newPackParser(InputStream in) {
    throw new UnsupportedOperationException("a merge inserts objects one by one");
  }

  @Override
  public ObjectReader newReader() {
    return new Reader(repository.newObjectReader());
  }

  @Override
  public void flush() {
    // Nothing to write: the objects live as long as this inserter.
  }

  @Override
  public void close() {
    objects.clear();
  }

  /** Reads this inserter's objects first, then the repository's. */
  private final class Reader extends ObjectReader {
    private final ObjectReader stored;

    Reader(ObjectReader stored) {
      this.stored = stored;
    }

    @Override
    public ObjectReader newReader() {
      return new Reader(stored.newReader());
    }

    @Override
    public Collection<ObjectId> resolve(AbbreviatedObjectId id) throws IOException {
      return stored.resolve(id);
    }

    @Override
    public ObjectLoader open(AnyObjectId id, int typeHint)
        throws MissingObjectException, IncorrectObjectTypeException, IOException {
      ObjectLoader inserted = objects.get(id);
      if (inserted == null) {
        return stored.open(id, typeHint);
      }
      if (typeHint != OBJ_ANY && inserted.getType() != typeHint) {
        throw new IncorrectObjectTypeException(id.copy(), typeHint);
      }
      return inserted;
    }

    @Override
    public Set<ObjectId> getShallowCommits() throws IOException {
      return stored.getShallowCommits();
    }

    @Override
    public void close() {
      stored.close();
    }
  }
}
