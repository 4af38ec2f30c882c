package dev.flextoken.archfixture.domain;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Breaks "domain depends only on the JDK" and "Jackson only in the JSON adapters": a domain type using Jackson. */
public final class JsonWritingSid {

    private final ObjectMapper mapper = new ObjectMapper();

    public String write(FixtureSid sid) throws Exception {
        return mapper.writeValueAsString(sid);
    }
}
