package dev.fmlint.cli;

/** A problem with what the user asked for: printed as one line, exit code 2, no stack trace. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
