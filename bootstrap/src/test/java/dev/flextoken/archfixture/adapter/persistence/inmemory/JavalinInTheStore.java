package dev.flextoken.archfixture.adapter.persistence.inmemory;

import io.javalin.http.Context;

/** Breaks "Javalin and Jetty only in the HTTP adapter": a store that reads an HTTP request. */
public final class JavalinInTheStore {

    public String sidOf(Context context) {
        return context.pathParam("sid");
    }
}
