package org.migrationmptf.fund.access.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.migrationmptf.fund.access.api.Authenticator;
import org.migrationmptf.fund.access.api.PasswordChange;
import org.migrationmptf.fund.shared.DomainRuleViolation;

/**
 * What makes a new password acceptable: 12 to 128 characters; not the current one; not one of the
 * user's last five; not a common password, nor a common password with digits or punctuation around
 * it ({@code password2026!}), nor the user name. The common passwords are the bundled list of the
 * zxcvbn-ts estimator (docs/adr/0007).
 */
final class PasswordRules {

    private static final Set<String> COMMON = load();

    private PasswordRules() {}

    static void requireAcceptable(String username, char[] currentPassword, char[] newPassword) {
        if (newPassword.length < PasswordChange.MINIMUM_LENGTH) {
            throw new DomainRuleViolation(
                    "weak-password",
                    "the new password needs at least " + PasswordChange.MINIMUM_LENGTH + " characters");
        }
        if (newPassword.length > Authenticator.MAX_PASSWORD_LENGTH) {
            throw new DomainRuleViolation(
                    "password-too-long", "a password has at most " + Authenticator.MAX_PASSWORD_LENGTH + " characters");
        }
        if (currentPassword != null && java.util.Arrays.equals(currentPassword, newPassword)) {
            throw new DomainRuleViolation("unchanged-password", "the new password must differ from the current one");
        }
        if (isCommon(new String(newPassword), username)) {
            throw new DomainRuleViolation(
                    "common-password",
                    "the new password is too common or too close to your user name; choose a longer phrase of your own");
        }
    }

    /** Whether the password is, at heart, a common one or the user name. */
    static boolean isCommon(String password, String username) {
        String lower = password.toLowerCase(Locale.ROOT);
        String core = lower.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
        String name = username == null ? "" : username.toLowerCase(Locale.ROOT);
        return COMMON.contains(lower)
                || (core.length() >= 4 && COMMON.contains(core))
                || (!name.isEmpty() && (lower.contains(name) || core.equals(name.replaceAll("[^\\p{L}]", ""))));
    }

    static int commonPasswords() {
        return COMMON.size();
    }

    private static Set<String> load() {
        try (InputStream in = PasswordRules.class.getResourceAsStream("/access/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("access/common-passwords.txt is missing from the build");
            }
            Set<String> words = new HashSet<>(70_000);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    words.add(line);
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
