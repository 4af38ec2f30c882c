package dev.flextoken.application.service;

import dev.flextoken.application.port.out.IdGeneratorPort;
import dev.flextoken.domain.FlexUserSid;

/** Ids from counters, so that tests know which id comes next. User SIDs start high, above the fixtures'. */
final class SequentialIds implements IdGeneratorPort {

    static final long FIRST_USER = 0x100;

    private long nextToken = 1;
    private long nextUser = FIRST_USER;

    static String tokenId(long number) {
        return String.format("%032x", number);
    }

    static FlexUserSid userSid(long number) {
        return new FlexUserSid("FU" + String.format("%032x", number));
    }

    @Override
    public String newTokenId() {
        return tokenId(nextToken++);
    }

    @Override
    public FlexUserSid newFlexUserSid() {
        return userSid(nextUser++);
    }
}
