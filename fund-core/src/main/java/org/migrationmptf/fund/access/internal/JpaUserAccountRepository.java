package org.migrationmptf.fund.access.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.migrationmptf.fund.access.api.Role;
import org.migrationmptf.fund.access.domain.UserAccount;
import org.migrationmptf.fund.access.domain.UserAccountRepository;

@ApplicationScoped
class JpaUserAccountRepository implements UserAccountRepository {

    @PersistenceContext(unitName = "fund")
    EntityManager em;

    @Override
    public Optional<UserAccount> find(String username) {
        return Optional.ofNullable(em.find(UserAccount.class, username));
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
    public void add(UserAccount account) {
        em.persist(account);
    }
}
