package org.migrationmptf.fund.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationmptf.fund.access.api.AuthenticatedUser;
import org.migrationmptf.fund.access.api.Role;
import org.migrationmptf.fund.access.domain.UserAccount;
import org.migrationmptf.fund.access.domain.UserAccountRepository;

class AccountAuthenticatorTest {

    private final CountingRepository repository = new CountingRepository();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T09:00:00Z"));
    private final AccountAuthenticator authenticator = new AccountAuthenticator();

    @BeforeEach
    void setUp() {
        authenticator.accounts = repository;
        authenticator.clock = clock;
        repository.add(new UserAccount(
                "nor.viewer",
                "Norway (viewer)",
                new Pbkdf2PasswordHasher(1_000).hash("fjord-2026".toCharArray()),
                EnumSet.of(Role.CONTRIBUTOR),
                "NOR",
                null));
    }

    @Test
    void theRightPasswordGivesTheUserWithRolesAndContributor() {
        Optional<AuthenticatedUser> user = authenticator.authenticate("nor.viewer", "fjord-2026".toCharArray());

        assertThat(user).hasValueSatisfying(u -> {
            assertThat(u.roles()).containsExactly(Role.CONTRIBUTOR);
            assertThat(u.contributor()).contains("NOR");
            assertThat(u.roleNames()).containsExactly("CONTRIBUTOR");
        });
    }

    @Test
    void aWrongPasswordOrUnknownUserGivesNothing() {
        assertThat(authenticator.authenticate("nor.viewer", "fjord-2025".toCharArray()))
                .isEmpty();
        assertThat(authenticator.authenticate("nobody", "fjord-2026".toCharArray()))
                .isEmpty();
        assertThat(authenticator.authenticate("", "x".toCharArray())).isEmpty();
    }

    @Test
    void aVerifiedPasswordIsRememberedForAMinuteThenCheckedAgain() {
        authenticator.authenticate("nor.viewer", "fjord-2026".toCharArray());
        authenticator.authenticate("nor.viewer", "fjord-2026".toCharArray());
        assertThat(repository.finds).isEqualTo(1);

        clock.advanceSeconds(AccountAuthenticator.CACHE_TTL.toSeconds());
        authenticator.authenticate("nor.viewer", "fjord-2026".toCharArray());
        assertThat(repository.finds).isEqualTo(2);
    }

    @Test
    void aWrongPasswordIsNeverServedFromTheCache() {
        authenticator.authenticate("nor.viewer", "fjord-2026".toCharArray());
        assertThat(authenticator.authenticate("nor.viewer", "fjord-2027".toCharArray()))
                .isEmpty();
    }

    private static final class CountingRepository implements UserAccountRepository {
        private final Map<String, UserAccount> accounts = new HashMap<>();
        int finds;

        @Override
        public Optional<UserAccount> find(String username) {
            finds++;
            return Optional.ofNullable(accounts.get(username));
        }

        @Override
        public long countDemoAccounts() {
            return accounts.values().stream().filter(UserAccount::isDemo).count();
        }

        @Override
        public long countAccountsWithRole(Role role) {
            return accounts.values().stream()
                    .filter(a -> a.roles().contains(role))
                    .count();
        }

        @Override
        public void add(UserAccount account) {
            accounts.put(account.username(), account);
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advanceSeconds(long seconds) {
            now = now.plusSeconds(seconds);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
