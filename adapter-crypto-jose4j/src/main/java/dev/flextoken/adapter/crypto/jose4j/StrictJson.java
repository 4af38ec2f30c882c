package dev.flextoken.adapter.crypto.jose4j;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;

/** The one Jackson factory of the token's header and claims: thread-safe, and a repeated member fails the read. */
final class StrictJson {

    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private StrictJson() {
    }
}
