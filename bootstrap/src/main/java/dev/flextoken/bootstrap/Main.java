package dev.flextoken.bootstrap;

/**
 * The entry point of {@code flex-token.jar}: serves the HTTP API, or runs a subcommand such as
 * {@code keys generate}.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int exitCode = FlexTokenCommand.execute(args, System.out, System.err);
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }
}
