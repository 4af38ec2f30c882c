package dev.flextoken.application.port.in;

import dev.flextoken.domain.AccountSid;
import dev.flextoken.domain.FlexUserSid;
import dev.flextoken.domain.InstanceSid;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Looks users up: one by SID, one by username, or all of an instance a page at a time.
 */
public interface FindUsersUseCase {

    /** Largest page a caller may ask for. */
    int MAX_PAGE_SIZE = 1000;

    /** Page size when the caller names none. */
    int DEFAULT_PAGE_SIZE = 50;

    /**
     * @return the user, or empty when the instance or user does not exist or belongs to another account
     */
    Optional<FlexUserView> findUser(AccountSid caller, InstanceSid instance, FlexUserSid user);

    /** @return a page of users, or why there is none; never null */
    ListUsersResult listUsers(ListUsersQuery query);

    /**
     * @param caller    the account the caller acts for
     * @param instance  the instance whose users to list
     * @param username  only the user of this username (the page then holds zero or one user)
     * @param pageSize  how many users at most, 1 to {@link #MAX_PAGE_SIZE}
     * @param pageToken where the previous page ended, as that page's {@link UserPage#nextPageToken()}
     */
    record ListUsersQuery(AccountSid caller, InstanceSid instance, Optional<String> username, int pageSize,
                          Optional<String> pageToken) {
        public ListUsersQuery {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(instance, "instance");
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(pageToken, "pageToken");
            if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
                throw new IllegalArgumentException("PageSize must lie between 1 and " + MAX_PAGE_SIZE);
            }
        }

        @Override
        public String toString() {
            return "ListUsersQuery[instance=" + instance + ", pageSize=" + pageSize + "]";
        }
    }

    /** What came of a listing. */
    sealed interface ListUsersResult {
    }

    /**
     * @param users         the users of this page, ordered by SID
     * @param nextPageToken the token of the next page, or empty on the last page
     */
    record UserPage(List<FlexUserView> users, Optional<String> nextPageToken) implements ListUsersResult {
        public UserPage {
            users = List.copyOf(users);
            Objects.requireNonNull(nextPageToken, "nextPageToken");
        }
    }

    /** The instance does not exist or belongs to another account. */
    record InstanceNotFound() implements ListUsersResult {
    }

    /** The page token was not one this service handed out. */
    record InvalidPageToken() implements ListUsersResult {
    }
}
