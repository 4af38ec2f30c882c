package dev.flextoken.archfixture.adapter.http;

/** Breaks "main code does not print stack traces": the trace goes to a console nobody reads. */
public final class StackTracePrintingHandler {

    public void handle(Runnable route) {
        try {
            route.run();
        } catch (IllegalStateException e) {
            e.printStackTrace();
        }
    }
}
