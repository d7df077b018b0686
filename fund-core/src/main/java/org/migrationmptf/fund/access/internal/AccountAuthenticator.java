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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.migrationmptf.fund.access.api.AuthenticatedUser;
import org.migrationmptf.fund.access.api.Authenticator;
import org.migrationmptf.fund.access.domain.UserAccount;
import org.migrationmptf.fund.access.domain.UserAccountRepository;

/**
 * Checks passwords against the stored PBKDF2 hashes. API clients send their password on every call
 * (HTTP Basic), and one PBKDF2 check costs a tenth of a second or more, so a successful check is
 * remembered for {@link #CACHE_TTL}: the cache key is an HMAC of user and password under a key that
 * lives only in this process, so the cache never holds a password or a reusable hash of one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class AccountAuthenticator implements Authenticator {

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

    AccountAuthenticator() {
        new SecureRandom().nextBytes(cacheKey);
    }

    private record Verified(AuthenticatedUser user, Instant until) {}

    @Override
    public Optional<AuthenticatedUser> authenticate(String username, char[] password) {
        if (username == null || password == null || username.isBlank()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String key = cacheKeyOf(username, password);
        Verified hit = verified.get(key);
        if (hit != null && now.isBefore(hit.until())) {
            return Optional.of(hit.user());
        }
        Optional<UserAccount> account = accounts.find(username);
        boolean matches =
                hasher.matches(password, account.map(UserAccount::passwordHash).orElse(DUMMY_HASH));
        if (!matches || account.isEmpty() || !account.get().isEnabled()) {
            verified.remove(key);
            return Optional.empty();
        }
        AuthenticatedUser user = toUser(account.get());
        if (verified.size() >= CACHE_LIMIT) {
            verified.entrySet().removeIf(e -> !now.isBefore(e.getValue().until()));
        }
        if (verified.size() < CACHE_LIMIT) {
            verified.put(key, new Verified(user, now.plus(CACHE_TTL)));
        }
        return Optional.of(user);
    }

    @Override
    public Optional<AuthenticatedUser> currentUser(String username) {
        return accounts.find(username).filter(UserAccount::isEnabled).map(AccountAuthenticator::toUser);
    }

    /** Drops every remembered credential of the user, so an old password stops working at once. */
    void forget(String username) {
        verified.values().removeIf(v -> v.user().username().equals(username));
    }

    private static AuthenticatedUser toUser(UserAccount account) {
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
