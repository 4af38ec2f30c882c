package dev.flextoken.adapter.persistence.inmemory;

import dev.flextoken.domain.FlexUser;
import dev.flextoken.domain.FlexUserSid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * The users of one instance.
 *
 * <p>Reads take no lock: the token route reads a user on every request. Writes to one instance take turns
 * under a lock, which makes "is this username free" and "take it" one step, and the version check of an
 * update and its write another. Writes always put a user under its SID before its username points at it,
 * so a reader that finds a username also finds its user.
 */
final class InstanceUsers {

    private static final Comparator<FlexUserSid> BY_SID = Comparator.comparing(FlexUserSid::value);

    private final ReentrantLock writes = new ReentrantLock();
    private final Map<FlexUserSid, FlexUser> bySid = new ConcurrentHashMap<>();
    private final Map<String, FlexUserSid> byUsername = new ConcurrentHashMap<>();
    private final NavigableSet<FlexUserSid> inSidOrder = new ConcurrentSkipListSet<>(BY_SID);

    Optional<FlexUser> find(FlexUserSid sid) {
        return Optional.ofNullable(bySid.get(sid));
    }

    Optional<FlexUser> findByUsername(String username) {
        return Optional.ofNullable(byUsername.get(username))
                .map(bySid::get)
                .filter(user -> user.username().equals(username));
    }

    /** @return up to {@code limit} users whose SIDs sort after {@code after}, in SID order */
    List<FlexUser> page(Optional<FlexUserSid> after, int limit) {
        NavigableSet<FlexUserSid> sids = after.map(sid -> inSidOrder.tailSet(sid, false)).orElse(inSidOrder);

        List<FlexUser> page = new ArrayList<>(Math.min(limit, 64));
        for (FlexUserSid sid : sids) {
            if (page.size() == limit) {
                break;
            }
            FlexUser user = bySid.get(sid);
            if (user != null) {
                page.add(user);
            }
        }
        return page;
    }

    /**
     * @param claimSid takes the user's SID for good across the whole store, false when it is taken already;
     *                 asked only once the username is known to be free
     * @return whether the user was stored
     */
    boolean insert(FlexUser user, Predicate<FlexUserSid> claimSid) {
        writes.lock();
        try {
            if (byUsername.containsKey(user.username()) || !claimSid.test(user.sid())) {
                return false;
            }
            bySid.put(user.sid(), user);
            byUsername.put(user.username(), user.sid());
            inSidOrder.add(user.sid());
            return true;
        } finally {
            writes.unlock();
        }
    }

    /** @return whether {@code changed} replaced the version just before it */
    boolean update(FlexUser changed) {
        writes.lock();
        try {
            FlexUser stored = bySid.get(changed.sid());
            if (stored == null || stored.version() != changed.version() - 1
                    || !stored.accountSid().equals(changed.accountSid())) {
                return false;
            }
            boolean renamed = !stored.username().equals(changed.username());
            if (renamed && byUsername.containsKey(changed.username())) {
                return false;
            }

            bySid.put(changed.sid(), changed);
            if (renamed) {
                byUsername.put(changed.username(), changed.sid());
                byUsername.remove(stored.username(), stored.sid());
            }
            return true;
        } finally {
            writes.unlock();
        }
    }

    int size() {
        return bySid.size();
    }

    @Override
    public String toString() {
        return "InstanceUsers[" + bySid.size() + " users]";
    }
}
