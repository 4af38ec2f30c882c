package dev.flextoken.archfixture.adapter.http;

/** Breaks "only bootstrap writes to the standard streams": an adapter printing instead of logging. */
public final class ConsolePrintingHandler {

    public void handle(String requestId) {
        System.out.println("handled " + requestId);
    }
}
