package dev.flextoken.application.service;

import dev.flextoken.application.port.out.LoadFlexUserPort;
import dev.flextoken.application.port.out.SaveFlexUserPort;
import dev.flextoken.domain.FlexUser;
import dev.flextoken.domain.FlexUserSid;
import dev.flextoken.domain.InstanceSid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Users in a sorted map with the store's optimistic lock, and hooks that play another writer who comes
 * first: a refused update, a change slipped in before the next update, a user inserted before the next insert.
 */
final class InMemoryUsers implements LoadFlexUserPort, SaveFlexUserPort {

    private final Map<FlexUserSid, FlexUser> bySid = new TreeMap<>(Comparator.comparing(FlexUserSid::value));
    private final List<Integer> limitsAsked = new ArrayList<>();
    private int updatesToRefuse;
    private final List<UnaryOperator<FlexUser>> changesBeforeUpdate = new ArrayList<>();
    private final List<FlexUser> insertsBeforeInsert = new ArrayList<>();
    private int updateCalls;
    private int insertCalls;

    InMemoryUsers with(FlexUser... users) {
        for (FlexUser user : users) {
            bySid.put(user.sid(), user);
        }
        return this;
    }

    /** The next {@code count} updates are refused as if another writer had come first. */
    void refuseUpdates(int count) {
        updatesToRefuse = count;
    }

    /** Before the next update, another writer applies {@code change} to the stored user. */
    void changeBeforeNextUpdate(UnaryOperator<FlexUser> change) {
        changesBeforeUpdate.add(change);
    }

    /** Before the next insert, another writer inserts {@code user}. */
    void insertBeforeNextInsert(FlexUser user) {
        insertsBeforeInsert.add(user);
    }

    Optional<FlexUser> stored(FlexUserSid sid) {
        return Optional.ofNullable(bySid.get(sid));
    }

    List<FlexUser> all() {
        return List.copyOf(bySid.values());
    }

    int updateCalls() {
        return updateCalls;
    }

    int insertCalls() {
        return insertCalls;
    }

    List<Integer> limitsAsked() {
        return List.copyOf(limitsAsked);
    }

    @Override
    public Optional<FlexUser> loadUser(InstanceSid instance, FlexUserSid user) {
        return Optional.ofNullable(bySid.get(user)).filter(found -> found.instanceSid().equals(instance));
    }

    @Override
    public Optional<FlexUser> loadUserByUsername(InstanceSid instance, String username) {
        return bySid.values().stream()
                .filter(user -> user.instanceSid().equals(instance) && user.username().equals(username))
                .findFirst();
    }

    @Override
    public List<FlexUser> loadUsers(InstanceSid instance, Optional<FlexUserSid> after, int limit) {
        limitsAsked.add(limit);
        return bySid.values().stream()
                .filter(user -> user.instanceSid().equals(instance))
                .filter(user -> after.map(sid -> user.sid().value().compareTo(sid.value()) > 0).orElse(true))
                .limit(limit)
                .toList();
    }

    @Override
    public boolean insert(FlexUser user) {
        insertCalls++;
        if (!insertsBeforeInsert.isEmpty()) {
            FlexUser first = insertsBeforeInsert.remove(0);
            bySid.put(first.sid(), first);
        }

        boolean taken = bySid.containsKey(user.sid())
                || loadUserByUsername(user.instanceSid(), user.username()).isPresent();
        if (taken) {
            return false;
        }
        bySid.put(user.sid(), user);
        return true;
    }

    @Override
    public boolean update(FlexUser changed) {
        updateCalls++;
        if (updatesToRefuse > 0) {
            updatesToRefuse--;
            return false;
        }
        if (!changesBeforeUpdate.isEmpty()) {
            FlexUser current = bySid.get(changed.sid());
            bySid.put(current.sid(), changesBeforeUpdate.remove(0).apply(current));
        }

        FlexUser stored = bySid.get(changed.sid());
        if (stored == null || stored.version() != changed.version() - 1) {
            return false;
        }
        bySid.put(changed.sid(), changed);
        return true;
    }
}
