package org.migrationmptf.fund.access.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.migrationmptf.fund.access.api.AccountDesk;
import org.migrationmptf.fund.access.api.AccountView;
import org.migrationmptf.fund.access.api.IssuedPassword;
import org.migrationmptf.fund.access.api.NewAccount;
import org.migrationmptf.fund.access.domain.UserAccount;
import org.migrationmptf.fund.access.domain.UserAccountRepository;
import org.migrationmptf.fund.audit.api.AuditedCommands;
import org.migrationmptf.fund.audit.api.AuditedEvent;
import org.migrationmptf.fund.audit.api.Subject;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.identity.api.Permission;
import org.migrationmptf.fund.identity.api.Role;
import org.migrationmptf.fund.shared.DomainRuleViolation;
import org.migrationmptf.fund.shared.InvalidInput;
import org.migrationmptf.fund.shared.NotFound;
import org.migrationmptf.fund.shared.Page;
import org.migrationmptf.fund.shared.PageRequest;
import org.migrationmptf.fund.shared.StaleVersion;
import org.migrationmptf.fund.shared.Text;

/**
 * Account administration. A one-time password is 20 characters from an alphabet without look-alikes
 * (about 110 bits), shown once to the administrator and stored only as a hash. An administrator
 * cannot disable or demote themselves, and the last enabled administrator stays one, so the fund is
 * never left without a way to manage its users.
 */
@ApplicationScoped
class AccountDeskService implements AccountDesk {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int ONE_TIME_LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher();

    @PersistenceContext(unitName = "fund")
    EntityManager em;

    @Inject
    UserAccountRepository accounts;

    @Inject
    AccountAuthenticator authenticator;

    @Inject
    AuditedCommands commands;

    @Override
    public IssuedPassword create(NewAccount request, AuthenticatedUser by) {
        String oneTime = oneTimePassword();
        AccountView created = commands.run(
                by, Permission.CREATE_ACCOUNT, Subject.of("UserAccount", String.valueOf(request.username())), event -> {
                    String username = Text.required("username", request.username(), 60);
                    if (!username.matches("[a-z0-9._-]{3,60}")) {
                        throw invalid("username", "use 3 to 60 characters of a-z, 0-9, '.', '_' or '-'");
                    }
                    String displayName = Text.required("displayName", request.displayName(), 120);
                    Role role = requireRole(request.role());
                    Binding binding = binding(role, request.actsFor());
                    if (accounts.find(username).isPresent()) {
                        throw new DomainRuleViolation("duplicate-account", "an account " + username + " exists");
                    }
                    UserAccount account = UserAccount.create(
                            username,
                            displayName,
                            role,
                            binding.contributor(),
                            binding.organization(),
                            hasher.hash(oneTime.toCharArray()),
                            by.username());
                    accounts.add(account);
                    em.flush();
                    event.after(state(account));
                    return view(account);
                });
        return new IssuedPassword(account(created.username()), oneTime);
    }

    @Override
    public AccountView disable(String username, OptionalLong expectedVersion, AuthenticatedUser by) {
        commands.run(by, Permission.DISABLE_ACCOUNT, Subject.of("UserAccount", username), event -> {
            UserAccount account = locked(username, expectedVersion);
            if (account.username().equals(by.username())) {
                throw new DomainRuleViolation(
                        "self-administration", "an administrator cannot disable their own account");
            }
            requireAnotherAdministratorIfLast(account);
            return changed(account, event, account::disable);
        });
        authenticator.forget(username);
        return account(username);
    }

    @Override
    public AccountView enable(String username, OptionalLong expectedVersion, AuthenticatedUser by) {
        commands.run(by, Permission.ENABLE_ACCOUNT, Subject.of("UserAccount", username), event -> {
            UserAccount account = locked(username, expectedVersion);
            return changed(account, event, account::enable);
        });
        return account(username);
    }

    @Override
    public AccountView assignRole(
            String username, Role role, String actsFor, OptionalLong expectedVersion, AuthenticatedUser by) {
        commands.run(by, Permission.ASSIGN_ROLE, Subject.of("UserAccount", username), event -> {
            Role newRole = requireRole(role);
            Binding binding = binding(newRole, actsFor);
            UserAccount account = locked(username, expectedVersion);
            if (account.username().equals(by.username())) {
                throw new DomainRuleViolation("self-administration", "an administrator cannot change their own role");
            }
            if (newRole != Role.ADMIN) {
                requireAnotherAdministratorIfLast(account);
            }
            return changed(
                    account, event, () -> account.assign(newRole, binding.contributor(), binding.organization()));
        });
        authenticator.forget(username);
        return account(username);
    }

    @Override
    public IssuedPassword resetPassword(String username, OptionalLong expectedVersion, AuthenticatedUser by) {
        String oneTime = oneTimePassword();
        commands.run(by, Permission.RESET_PASSWORD, Subject.of("UserAccount", username), event -> {
            UserAccount account = locked(username, expectedVersion);
            if (account.username().equals(by.username())) {
                throw new DomainRuleViolation(
                        "self-administration", "change your own password on your account page, not by a reset");
            }
            return changed(account, event, () -> account.resetTo(hasher.hash(oneTime.toCharArray())));
        });
        authenticator.forget(username);
        return new IssuedPassword(account(username), oneTime);
    }

    @Override
    public Page<AccountView> accounts(PageRequest page, AuthenticatedUser viewer) {
        requireAdministrator(viewer);
        List<AccountView> items = accounts.page(page.offset(), page.limit()).stream()
                .map(AccountDeskService::view)
                .toList();
        return new Page<>(items, accounts.count(), page.offset(), page.limit());
    }

    @Override
    public AccountView account(String username, AuthenticatedUser viewer) {
        requireAdministrator(viewer);
        return account(username);
    }

    private AccountView account(String username) {
        return accounts.find(username)
                .map(AccountDeskService::view)
                .orElseThrow(() -> new NotFound("account " + username));
    }

    private static void requireAdministrator(AuthenticatedUser viewer) {
        if (!viewer.may(Permission.CREATE_ACCOUNT)) {
            throw new NotFound("account list");
        }
    }

    private UserAccount locked(String username, OptionalLong expectedVersion) {
        UserAccount account = accounts.lock(username).orElseThrow(() -> new NotFound("account " + username));
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != account.version()) {
            throw new StaleVersion("account " + username, expectedVersion.getAsLong(), account.version());
        }
        return account;
    }

    private void requireAnotherAdministratorIfLast(UserAccount account) {
        if (account.roles().contains(Role.ADMIN)
                && account.isEnabled()
                && accounts.countEnabledWithRole(Role.ADMIN) <= 1) {
            throw new DomainRuleViolation(
                    "last-administrator", "account " + account.username() + " is the last enabled administrator");
        }
    }

    private AccountView changed(UserAccount account, AuditedEvent event, Runnable change) {
        Map<String, Object> before = state(account);
        change.run();
        em.flush();
        event.before(before).after(state(account));
        return view(account);
    }

    private record Binding(String contributor, String organization) {}

    private Binding binding(Role role, String actsFor) {
        String party = Text.optional("actsFor", actsFor, 20);
        return switch (role) {
            case CONTRIBUTOR -> {
                if (party == null || exists("SELECT COUNT(*) FROM contributor WHERE code = ?", party) == 0) {
                    throw invalid("actsFor", "a CONTRIBUTOR account acts for a registered contributor: give its code");
                }
                yield new Binding(party, null);
            }
            case PUNO_REPORTER -> {
                if (party == null
                        || exists("SELECT COUNT(*) FROM participating_organization WHERE code = ?", party) == 0) {
                    throw invalid(
                            "actsFor",
                            "a PUNO_REPORTER account acts for a Participating UN Organization: give its code");
                }
                yield new Binding(null, party);
            }
            default -> {
                if (party != null) {
                    throw invalid("actsFor", "only CONTRIBUTOR and PUNO_REPORTER accounts act for someone");
                }
                yield new Binding(null, null);
            }
        };
    }

    /**
     * Whether the party exists, asked of its table directly: the contribution domain (whose
     * contributors these are) itself uses access's api, so access may not use contribution's.
     */
    private long exists(String sql, String code) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, code).getSingleResult()).longValue();
    }

    private static Role requireRole(Role role) {
        if (role == null) {
            throw invalid("role", "give one of " + java.util.Arrays.toString(Role.values()));
        }
        return role;
    }

    private static InvalidInput invalid(String field, String message) {
        return new InvalidInput(
                "the request's " + field + " is not valid", List.of(new InvalidInput.Issue(field, message)));
    }

    static String oneTimePassword() {
        StringBuilder password = new StringBuilder(ONE_TIME_LENGTH);
        for (int i = 0; i < ONE_TIME_LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    static AccountView view(UserAccount account) {
        return new AccountView(
                account.username(),
                account.displayName(),
                account.roles().stream().sorted().findFirst().orElse(null),
                account.contributorCode().orElse(null),
                account.organizationCode().orElse(null),
                account.isEnabled(),
                account.mustChangePassword(),
                account.isDemo(),
                account.version());
    }

    private static Map<String, Object> state(UserAccount account) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("displayName", account.displayName());
        state.put(
                "roles",
                account.roles().stream().map(Role::name).sorted().toList().toString());
        state.put("contributor", account.contributorCode().orElse(null));
        state.put("organization", account.organizationCode().orElse(null));
        state.put("enabled", account.isEnabled());
        state.put("mustChangePassword", account.mustChangePassword());
        return state;
    }
}
