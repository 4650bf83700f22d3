package org.argkg.cli;

/**
 * The exit codes of every command, enforced in one place ({@link Main#commandLine}).
 *
 * <table>
 * <caption>exit codes</caption>
 * <tr><td>0</td><td>success, input valid</td></tr>
 * <tr><td>1</td><td>invalid input (the diagnostics say why)</td></tr>
 * <tr><td>2</td><td>usage error: unknown command or option, bad option value</td></tr>
 * <tr><td>3</td><td>I/O or store error: a file or the store could not be read or written</td></tr>
 * </table>
 */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int INVALID_INPUT = 1;
    public static final int USAGE = 2;
    public static final int IO = 3;

    private ExitCodes() {
    }
}
