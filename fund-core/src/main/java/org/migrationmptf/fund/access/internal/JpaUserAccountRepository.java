package org.migrationmptf.fund.access.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.migrationmptf.fund.access.domain.PasswordHistory;
import org.migrationmptf.fund.access.domain.UserAccount;
import org.migrationmptf.fund.access.domain.UserAccountRepository;
import org.migrationmptf.fund.identity.api.Role;

@ApplicationScoped
class JpaUserAccountRepository implements UserAccountRepository {

    @PersistenceContext(unitName = "fund")
    EntityManager em;

    @Override
    public Optional<UserAccount> find(String username) {
        return Optional.ofNullable(em.find(UserAccount.class, username));
    }

    @Override
    public Optional<UserAccount> lock(String username) {
        return Optional.ofNullable(em.find(UserAccount.class, username, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public long countDemoAccounts() {
        return em.createQuery("SELECT COUNT(u) FROM UserAccount u WHERE u.demo = TRUE", Long.class)
                .getSingleResult();
    }

    @Override
    public long countAccountsWithRole(Role role) {
        return em.createQuery("SELECT COUNT(u) FROM UserAccount u JOIN u.roles r WHERE r = :role", Long.class)
                .setParameter("role", role)
                .getSingleResult();
    }

    @Override
    public long countEnabledWithRole(Role role) {
        return em.createQuery(
                        "SELECT COUNT(u) FROM UserAccount u JOIN u.roles r WHERE r = :role AND u.enabled = TRUE",
                        Long.class)
                .setParameter("role", role)
                .getSingleResult();
    }

    @Override
    public List<UserAccount> page(int offset, int limit) {
        // two statements whatever the page size: the page's names, then those accounts with their roles
        List<String> names = em.createQuery("SELECT u.username FROM UserAccount u ORDER BY u.username", String.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
        if (names.isEmpty()) {
            return List.of();
        }
        return em
                .createQuery(
                        "SELECT DISTINCT u FROM UserAccount u LEFT JOIN FETCH u.roles WHERE u.username IN :names",
                        UserAccount.class)
                .setParameter("names", names)
                .getResultList()
                .stream()
                .sorted(java.util.Comparator.comparing(UserAccount::username))
                .toList();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(u) FROM UserAccount u", Long.class).getSingleResult();
    }

    @Override
    public void add(UserAccount account) {
        em.persist(account);
    }

    @Override
    public List<String> recentPasswordHashes(String username, int howMany) {
        return em
                .createNamedQuery("PasswordHistory.recent", PasswordHistory.class)
                .setParameter("username", username)
                .setMaxResults(howMany)
                .getResultList()
                .stream()
                .map(PasswordHistory::passwordHash)
                .toList();
    }

    @Override
    public void rememberReplacedPassword(PasswordHistory replaced) {
        em.persist(replaced);
    }
}
