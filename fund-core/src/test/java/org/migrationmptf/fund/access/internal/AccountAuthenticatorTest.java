package org.migrationmptf.fund.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationmptf.fund.access.api.SignIn;
import org.migrationmptf.fund.access.domain.PasswordHistory;
import org.migrationmptf.fund.access.domain.UserAccount;
import org.migrationmptf.fund.access.domain.UserAccountRepository;
import org.migrationmptf.fund.audit.api.AuditEventView;
import org.migrationmptf.fund.audit.api.AuditQuery;
import org.migrationmptf.fund.audit.api.AuditRecord;
import org.migrationmptf.fund.audit.api.AuditTrail;
import org.migrationmptf.fund.audit.api.ChainVerification;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.identity.api.Role;
import org.migrationmptf.fund.shared.Page;
import org.migrationmptf.fund.shared.PageRequest;

class AccountAuthenticatorTest {

    private final CountingRepository repository = new CountingRepository();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T09:00:00Z"));
    private final AccountAuthenticator authenticator = new AccountAuthenticator();
    private final List<AuditRecord> refusals = new ArrayList<>();
    private final AuditTrail audit = new AuditTrail() {
        @Override
        public void record(AuditRecord record) {
            throw new AssertionError("sign-ins record only refusals");
        }

        @Override
        public void recordRefusal(AuditRecord record) {
            refusals.add(record);
        }

        @Override
        public ChainVerification verify() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Page<AuditEventView> events(AuditQuery query, PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> actions() {
            throw new UnsupportedOperationException();
        }

        @Override
        public String headAt(Instant cutoff) {
            throw new UnsupportedOperationException();
        }
    };

    private SignIn signIn(String user, String password) {
        return authenticator.signIn(user, password.toCharArray(), "192.0.2.10");
    }

    @BeforeEach
    void setUp() {
        authenticator.accounts = repository;
        authenticator.clock = clock;
        authenticator.audit = audit;
        authenticator.accountThreshold = 5;
        authenticator.addressThreshold = 20;
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
        SignIn result = signIn("nor.viewer", "fjord-2026");

        assertThat(result).isInstanceOfSatisfying(SignIn.Accepted.class, accepted -> {
            AuthenticatedUser u = accepted.user();
            assertThat(u.roles()).containsExactly(Role.CONTRIBUTOR);
            assertThat(u.contributor()).contains("NOR");
            assertThat(u.roleNames()).containsExactly("CONTRIBUTOR");
            assertThat(accepted.mustChangePassword()).isFalse();
        });
    }

    @Test
    void aWrongPasswordOrUnknownUserGivesNothing() {
        assertThat(signIn("nor.viewer", "fjord-2025")).isInstanceOf(SignIn.Refused.class);
        assertThat(signIn("nobody", "fjord-2026")).isInstanceOf(SignIn.Refused.class);
        assertThat(signIn("", "x")).isInstanceOf(SignIn.Refused.class);
    }

    @Test
    void aVerifiedPasswordIsRememberedForAMinuteThenCheckedAgain() {
        signIn("nor.viewer", "fjord-2026");
        signIn("nor.viewer", "fjord-2026");
        assertThat(repository.finds).isEqualTo(1);

        clock.advanceSeconds(AccountAuthenticator.CACHE_TTL.toSeconds());
        signIn("nor.viewer", "fjord-2026");
        assertThat(repository.finds).isEqualTo(2);
    }

    @Test
    void aWrongPasswordIsNeverServedFromTheCache() {
        signIn("nor.viewer", "fjord-2026");
        assertThat(signIn("nor.viewer", "fjord-2027")).isInstanceOf(SignIn.Refused.class);
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneWaitsAndTheThrottlingIsAudited() {
        for (int i = 0; i < 5; i++) {
            assertThat(signIn("nor.viewer", "guess-" + i)).isInstanceOf(SignIn.Refused.class);
        }

        SignIn sixth = signIn("nor.viewer", "fjord-2026");

        assertThat(sixth).isInstanceOfSatisfying(SignIn.Throttled.class, t -> assertThat(t.retryAfter())
                .isEqualTo(Duration.ofSeconds(2)));
        assertThat(refusals).singleElement().satisfies(r -> {
            assertThat(r.action()).isEqualTo("SIGN_IN_THROTTLED");
            assertThat(r.subjectId()).isEqualTo("nor.viewer");
        });
        clock.advanceSeconds(2);
        assertThat(signIn("nor.viewer", "fjord-2026")).isInstanceOf(SignIn.Accepted.class);
        assertThat(signIn("nor.viewer", "wrong-again"))
                .as("a success starts the count again")
                .isInstanceOf(SignIn.Refused.class);
        assertThat(signIn("nor.viewer", "fjord-2026")).isInstanceOf(SignIn.Accepted.class);
    }

    @Test
    void theDelayDoublesWithEachFurtherFailureButNeverExceedsFiveMinutes() {
        for (int i = 0; i < 5; i++) {
            signIn("nor.viewer", "guess-" + i);
        }
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            SignIn throttled = signIn("nor.viewer", "guess");
            long wait = ((SignIn.Throttled) throttled).retryAfter().toSeconds();
            waits.add(wait);
            clock.advanceSeconds(wait);
            assertThat(signIn("nor.viewer", "another-guess-" + i)).isInstanceOf(SignIn.Refused.class);
        }

        assertThat(waits).startsWith(2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 300L, 300L);
        assertThat(waits).allSatisfy(w -> assertThat(w).isLessThanOrEqualTo(300L));
    }

    @Test
    void twentyFailuresFromOneAddressMakeThatAddressWaitWhateverTheAccount() {
        for (int i = 0; i < 20; i++) {
            assertThat(authenticator.signIn("user-" + i, "x".toCharArray(), "198.51.100.7"))
                    .isInstanceOf(SignIn.Refused.class);
        }

        assertThat(authenticator.signIn("nor.viewer", "fjord-2026".toCharArray(), "198.51.100.7"))
                .isInstanceOf(SignIn.Throttled.class);
        assertThat(authenticator.signIn("nor.viewer", "fjord-2026".toCharArray(), "198.51.100.8"))
                .as("another address")
                .isInstanceOf(SignIn.Accepted.class);
    }

    @Test
    void anOverlongPasswordIsRefusedWithoutHashing() {
        long before = repository.finds;

        assertThat(signIn("nor.viewer", "x".repeat(10_000))).isInstanceOf(SignIn.Refused.class);

        assertThat(repository.finds).as("no account was even read").isEqualTo(before);
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

        @Override
        public Optional<UserAccount> lock(String username) {
            return find(username);
        }

        @Override
        public long countEnabledWithRole(Role role) {
            return countAccountsWithRole(role);
        }

        @Override
        public List<UserAccount> page(int offset, int limit) {
            return List.copyOf(accounts.values());
        }

        @Override
        public long count() {
            return accounts.size();
        }

        @Override
        public List<String> recentPasswordHashes(String username, int howMany) {
            return List.of();
        }

        @Override
        public void rememberReplacedPassword(PasswordHistory replaced) {}
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
