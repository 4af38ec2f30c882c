package dev.flextoken.archfixture.adapter.crypto.jose4j;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flextoken.archfixture.application.port.in.FixtureView;
import org.jose4j.jwe.JsonWebEncryption;

/** Follows every rule: the crypto adapter may use jose4j and Jackson. */
public final class FixtureCryptoAdapter {

    private final ObjectMapper mapper = new ObjectMapper();

    public JsonWebEncryption seal(FixtureView view) throws Exception {
        JsonWebEncryption jwe = new JsonWebEncryption();
        jwe.setPayload(mapper.writeValueAsString(view.label()));

        return jwe;
    }
}
