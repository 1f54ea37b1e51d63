package dev.ssotgardener.workspace;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** An I/O error as a short phrase for a line that already names the file. */
public final class IoProblem {
  private IoProblem() {}

  public static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file (a dangling link?)";
    }
    if (e instanceof FileAlreadyExistsException exists) {
      return exists.getFile() + " is in the way: not a folder";
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return fse.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
