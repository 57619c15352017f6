package nl.voordeur.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.aopalliance.intercept.MethodInterceptor;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import nl.voordeur.audit.AuditLog;
import nl.voordeur.programme.ProgrammeGuard;
import nl.voordeur.testing.HttpTest;
import nl.voordeur.testing.ProgrammeFixture;

/**
 * Issue 17, acceptance 2: saving a visit with its questions and reading a household's file each
 * make one access check and write one audit batch per request. An access check is a call of
 * {@link ProgrammeGuard}'s {@code require…} (every check of an address, a file or a case starts
 * there, and answers 404 or 403); what follows takes the checked user instead of checking again. An
 * audit batch is a call of {@link AuditLog}'s {@code record…}: one lock of a lane, one look-up of
 * its tail and one insert, however many entries.
 */
@Import(OneCheckPerRequestTests.Counting.class)
class OneCheckPerRequestTests extends HttpTest {

    /** What the application did, as "kind METHOD /path" per call made while serving a request. */
    static final ConcurrentLinkedQueue<String> CALLS = new ConcurrentLinkedQueue<>();

    @TestConfiguration(proxyBeanMethods = false)
    static class Counting {

        @Bean
        static BeanPostProcessor countChecksAndAuditBatches() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (bean instanceof AuditLog) return counted(bean, "audit", "record");
                    if (bean instanceof ProgrammeGuard) return counted(bean, "check", "require");
                    return bean;
                }
            };
        }

        private static Object counted(Object bean, String kind, String prefix) {
            MethodInterceptor count = invocation -> {
                if (invocation.getMethod().getName().startsWith(prefix)
                        && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
                    CALLS.add(kind + " " + request.getRequest().getMethod() + " " + request.getRequest().getRequestURI());
                }
                return invocation.proceed();
            };
            if (bean instanceof Advised advised) {
                advised.addAdvice(0, count);
                return bean;
            }
            ProxyFactory proxy = new ProxyFactory(bean);
            proxy.setProxyTargetClass(true);
            proxy.addAdvice(count);
            return proxy.getProxy(bean.getClass().getClassLoader());
        }
    }

    private static List<String> callsOf(String method, String path) {
        return CALLS.stream().filter(call -> call.endsWith(" " + method + " " + path)).map(call -> call.split(" ")[0]).toList();
    }

    @Test
    void savingAVisitWithQuestionsChecksAccessOnceAndAuditsInOneBatch() {
        var programme = ProgrammeFixture.create(this, VisitTests.STREET);
        programme.assignAllToThePair();
        String path = "/api/v1/addresses/" + programme.addressId("Spoorstraat 1") + "/visits";
        var body = VisitWithQuestionsTests.visitWith(List.of(
                VisitWithQuestionsTests.question(0, "FINANCES", "QUESTION", "Achterstand met de huur"),
                VisitWithQuestionsTests.question("Ahmet Yilmaz", "WORK_EDUCATION", "QUESTION", "Zoekt werk"),
                VisitWithQuestionsTests.question(2, "LANGUAGE", "SIGNAL", "Taalachterstand op school")), null);

        CALLS.clear();
        var recorded = programme.visitorApi.post(path, body);

        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(callsOf("POST", path)).containsExactlyInAnyOrder("check", "audit");
        // the one batch holds the visit's entries (one per member) and the questions' (one each)
        String visit = recorded.json().get("id").asString();
        assertThat(auditCount("CREATE", "Visit", visit)).isEqualTo(3);
        recorded.json().get("helpQuestions").forEach(q ->
                assertThat(auditCount("CREATE", "HelpQuestion", q.get("id").asString())).isOne());
    }

    @Test
    void readingAHouseholdChecksAccessOnceAndAuditsInOneBatchAndAnswersEachPartOnce() {
        var programme = ProgrammeFixture.create(this, VisitTests.STREET);
        programme.assignAllToThePair();
        var recorded = programme.visitorApi.post("/api/v1/addresses/" + programme.addressId("Spoorstraat 2") + "/visits",
                VisitWithQuestionsTests.visitWith(List.of(
                        VisitWithQuestionsTests.question(0, "FINANCES", "QUESTION", "Schulden")), null)).json();
        String household = recorded.get("householdId").asString();
        String path = "/api/v1/households/" + household;

        CALLS.clear();
        var read = programme.visitorApi.get(path);

        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(callsOf("GET", path)).containsExactlyInAnyOrder("check", "audit");
        var file = read.json();
        assertThat(file.get("members").size()).isEqualTo(3);
        assertThat(file.get("visits").size()).isOne();
        assertThat(file.get("helpQuestions").size()).isOne();
        assertThat(file.get("profile").asString()).isEqualTo("SINGLE");
        assertThat(file.get("programmeId").asString()).isEqualTo(programme.id);
        assertThat(file.get("willingToVolunteer").asBoolean()).isTrue();
        assertThat(file.get("housingRemarks").get(0).get("text").asString()).isEqualTo("Lekkage in de badkamer");
        // the one batch: a READ per member and the LIST of the questions shown
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE action = 'READ' AND record_type = 'Household' "
                + "AND record_id = ?").param(household).query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE record_type = 'HelpQuestion' AND details = ?")
                .param("household=" + household).query(Long.class).single()).isOne();
    }

    @Test
    void theDescriptionMarksTheRepeatedFileAsDeprecated() {
        var description = admin().get("/api/docs").json();
        var properties = description.at("/components/schemas/HouseholdFileHouseholdResponse/properties");
        assertThat(properties.isMissingNode()).as("schema name").isFalse();
        assertThat(properties.get("file").toString()).contains("\"deprecated\":true");
        for (String field : List.of("members", "visits", "conversations", "scores", "housingRemarks", "helpQuestions", "profile")) {
            assertThat(properties.has(field)).as(field).isTrue();
            assertThat(properties.get(field).toString()).as(field).doesNotContain("deprecated");
        }
    }
}
