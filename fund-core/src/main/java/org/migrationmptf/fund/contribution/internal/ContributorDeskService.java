package org.migrationmptf.fund.contribution.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.migrationmptf.fund.audit.api.AuditedCommands;
import org.migrationmptf.fund.audit.api.Subject;
import org.migrationmptf.fund.contribution.api.ContributorDesk;
import org.migrationmptf.fund.contribution.api.ContributorSummary;
import org.migrationmptf.fund.contribution.api.NewContributor;
import org.migrationmptf.fund.contribution.domain.Contributor;
import org.migrationmptf.fund.identity.api.AuthenticatedUser;
import org.migrationmptf.fund.identity.api.Permission;
import org.migrationmptf.fund.shared.DomainRuleViolation;
import org.migrationmptf.fund.shared.InvalidInput;
import org.migrationmptf.fund.shared.NotFound;
import org.migrationmptf.fund.shared.StaleVersion;
import org.migrationmptf.fund.shared.Text;

@ApplicationScoped
class ContributorDeskService implements ContributorDesk {

    @PersistenceContext(unitName = "fund")
    EntityManager em;

    @Inject
    AuditedCommands commands;

    @Inject
    RegisterService register;

    @Override
    public ContributorSummary register(NewContributor request, AuthenticatedUser by) {
        return commands.run(by, Permission.REGISTER_CONTRIBUTOR, Subject.of("Contributor", request.code()), event -> {
            String name = Text.required("name", request.name(), 150);
            if (request.kind() == null) {
                throw new InvalidInput(
                        "the request's kind is missing",
                        java.util.List.of(new InvalidInput.Issue(
                                "kind", "give MEMBER_STATE, INTERGOVERNMENTAL, PRIVATE or OTHER")));
            }
            Contributor contributor = Contributor.register(
                    Text.required("code", request.code(), 20),
                    request.kind(),
                    name,
                    Text.optional("countryIso3", request.countryIso3(), 3),
                    by.username());
            if (em.find(Contributor.class, contributor.code()) != null) {
                throw new DomainRuleViolation(
                        "duplicate-contributor", "contributor " + contributor.code() + " is already registered");
            }
            long sameName = em.createQuery("SELECT COUNT(c) FROM Contributor c WHERE LOWER(c.name) = :name", Long.class)
                    .setParameter("name", name.toLowerCase(java.util.Locale.ROOT))
                    .getSingleResult();
            if (sameName > 0) {
                throw new DomainRuleViolation(
                        "duplicate-contributor-name", "a contributor named " + name + " is already registered");
            }
            em.persist(contributor);
            em.flush();
            event.after(state(contributor));
            return RegisterService.summaryOf(contributor);
        });
    }

    @Override
    public ContributorSummary rename(String code, String name, OptionalLong expectedVersion, AuthenticatedUser by) {
        commands.run(by, Permission.RENAME_CONTRIBUTOR, Subject.of("Contributor", code), event -> {
            String newName = Text.required("name", name, 150);
            Contributor contributor = em.find(Contributor.class, code, LockModeType.PESSIMISTIC_WRITE);
            if (contributor == null) {
                throw new NotFound("contributor " + code);
            }
            if (expectedVersion.isPresent() && expectedVersion.getAsLong() != contributor.version()) {
                throw new StaleVersion("contributor " + code, expectedVersion.getAsLong(), contributor.version());
            }
            Map<String, Object> before = state(contributor);
            contributor.rename(newName);
            em.flush();
            event.before(before).after(state(contributor));
            return null;
        });
        return register.summary(code);
    }

    private static Map<String, Object> state(Contributor c) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", c.code());
        state.put("kind", c.kind().name());
        state.put("name", c.name());
        state.put("countryIso3", c.countryIso3());
        return state;
    }
}
