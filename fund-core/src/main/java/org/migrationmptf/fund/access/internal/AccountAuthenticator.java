package org.migrationmptf.fund.access.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.migrationmptf.fund.access.api.Authenticator;
import org.migrationmptf.fund.access.api.SignIn;
import org.migrationmptf.fund.access.domain.UserAccount;
import org.migrationmptf.fund.access.domain.UserAccountRepository;
import org.migrationmptf.fund.audit.api.AuditRecord;
import org.migrationmptf.fund.audit.api.AuditTrail;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;

/**
 * Checks passwords against the stored PBKDF2 hashes, throttling repeated failures per account and
 * per client address ({@link SignInThrottle}). API clients send their password on every call (HTTP
 * Basic), and one PBKDF2 check costs a tenth of a second or more, so a successful check is
 * remembered for {@link #CACHE_TTL}: the cache key is an HMAC of user and password under a key that
 * lives only in this process, so the cache never holds a password or a reusable hash of one. A
 * password longer than {@link #MAX_PASSWORD_LENGTH} is refused before hashing, so a huge password
 * cannot burn the server's CPU.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class AccountAuthenticator implements Authenticator {

    private static final Logger LOG = Logger.getLogger(AccountAuthenticator.class.getName());
    static final Duration CACHE_TTL = Duration.ofSeconds(60);
    private static final int CACHE_LIMIT = 10_000;

    /** Checked when the user does not exist, so a missing account costs as much as a wrong password. */
    private static final String DUMMY_HASH = new Pbkdf2PasswordHasher().hash("no such user".toCharArray());

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final byte[] cacheKey = new byte[32];
    private final Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher();

    @Inject
    UserAccountRepository accounts;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "fund.sign-in.account-threshold", defaultValue = "5")
    int accountThreshold;

    @Inject
    @ConfigProperty(name = "fund.sign-in.address-threshold", defaultValue = "20")
    int addressThreshold;

    private volatile SignInThrottle perAccount;
    private volatile SignInThrottle perAddress;

    AccountAuthenticator() {
        new SecureRandom().nextBytes(cacheKey);
    }

    private record Verified(SignIn.Accepted accepted, Instant until) {}

    private SignInThrottle perAccount() {
        if (perAccount == null) {
            perAccount = new SignInThrottle(
                    accountThreshold, Duration.ofSeconds(2), Duration.ofMinutes(5), Duration.ofHours(1));
        }
        return perAccount;
    }

    private SignInThrottle perAddress() {
        if (perAddress == null) {
            perAddress = new SignInThrottle(
                    addressThreshold, Duration.ofSeconds(2), Duration.ofMinutes(15), Duration.ofHours(1));
        }
        return perAddress;
    }

    @Override
    public SignIn signIn(String username, char[] password, String clientAddress) {
        if (username == null || password == null || username.isBlank() || username.length() > 60) {
            return new SignIn.Refused();
        }
        Instant now = clock.instant();
        String accountKey = username.toLowerCase(Locale.ROOT);
        String addressKey = clientAddress == null ? "unknown" : clientAddress;
        Optional<Duration> wait =
                longer(perAccount().waitFor(accountKey, now), perAddress().waitFor(addressKey, now));
        if (wait.isPresent()) {
            return new SignIn.Throttled(roundUp(wait.get()));
        }
        if (password.length > MAX_PASSWORD_LENGTH) {
            failed(username, accountKey, addressKey, now);
            return new SignIn.Refused();
        }
        String key = cacheKeyOf(username, password);
        Verified hit = verified.get(key);
        if (hit != null && now.isBefore(hit.until())) {
            succeeded(accountKey, addressKey);
            return hit.accepted();
        }
        Optional<UserAccount> account = accounts.find(username);
        boolean matches =
                hasher.matches(password, account.map(UserAccount::passwordHash).orElse(DUMMY_HASH));
        if (!matches || account.isEmpty() || !account.get().isEnabled()) {
            verified.remove(key);
            failed(username, accountKey, addressKey, now);
            return new SignIn.Refused();
        }
        succeeded(accountKey, addressKey);
        SignIn.Accepted accepted = accepted(account.get());
        if (verified.size() >= CACHE_LIMIT) {
            verified.entrySet().removeIf(e -> !now.isBefore(e.getValue().until()));
        }
        if (verified.size() < CACHE_LIMIT) {
            verified.put(key, new Verified(accepted, now.plus(CACHE_TTL)));
        }
        return accepted;
    }

    private void failed(String username, String accountKey, String addressKey, Instant now) {
        boolean accountNowWaits = perAccount().failed(accountKey, now);
        boolean addressNowWaits = perAddress().failed(addressKey, now);
        if (accountNowWaits || addressNowWaits) {
            String what = (accountNowWaits ? "account " + username : "")
                    + (accountNowWaits && addressNowWaits ? " and " : "")
                    + (addressNowWaits ? "client address " + addressKey : "");
            try {
                audit.recordRefusal(new AuditRecord(
                        username,
                        "",
                        "SIGN_IN_THROTTLED",
                        accountNowWaits ? "UserAccount" : "ClientAddress",
                        accountNowWaits ? username : addressKey,
                        "too-many-failed-sign-ins: " + what + " must wait before the next attempt",
                        null,
                        AuditRecord.state(Map.of("address", addressKey))));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not record the throttling of " + what, e);
            }
        }
    }

    private void succeeded(String accountKey, String addressKey) {
        perAccount().succeeded(accountKey);
        perAddress().succeeded(addressKey);
    }

    private static Optional<Duration> longer(Optional<Duration> a, Optional<Duration> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return Optional.of(a.get().compareTo(b.get()) >= 0 ? a.get() : b.get());
    }

    private static Duration roundUp(Duration wait) {
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Duration.ofSeconds(Math.max(1, seconds));
    }

    @Override
    public Optional<AuthenticatedUser> currentUser(String username) {
        return accounts.find(username).filter(UserAccount::isEnabled).map(AccountAuthenticator::toUser);
    }

    @Override
    public Optional<SignIn.Accepted> session(String username) {
        return accounts.find(username).filter(UserAccount::isEnabled).map(AccountAuthenticator::accepted);
    }

    /** Drops every remembered credential of the user, so an old password or a disabled account stops working at once. */
    void forget(String username) {
        verified.values().removeIf(v -> v.accepted().user().username().equals(username));
    }

    private static SignIn.Accepted accepted(UserAccount account) {
        return new SignIn.Accepted(toUser(account), account.sessionEpoch(), account.mustChangePassword());
    }

    static AuthenticatedUser toUser(UserAccount account) {
        return new AuthenticatedUser(
                account.username(),
                account.displayName(),
                account.roles(),
                account.contributorCode().orElse(null),
                account.organizationCode().orElse(null));
    }

    private String cacheKeyOf(String username, char[] password) {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] secret = Arrays.copyOfRange(bytes.array(), bytes.position(), bytes.limit());
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(cacheKey, "HmacSHA256"));
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(secret));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        } finally {
            Arrays.fill(secret, (byte) 0);
            Arrays.fill(bytes.array(), (byte) 0);
        }
    }
}
