package nl.voordeur.bench.gatling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import tools.jackson.databind.JsonNode;

/**
 * Everything the virtual users need, made through the API as an administrator before the load
 * starts (not measured): bench programmes with an address list each, partner organisations,
 * one account per virtual user with its kernteam role, a street of addresses per visitor, and
 * a bearer token per account. Usernames carry a run id, so a kept database can be reused.
 */
final class BenchWorld {

    final List<String> benchProgrammes = new ArrayList<>();
    final List<String> allProgrammes = new ArrayList<>();
    final List<String> partnerOrganisations = new ArrayList<>();
    List<Map<String, Object>> visitors;
    List<Map<String, Object>> caseManagers;
    List<Map<String, Object>> partners;
    List<Map<String, Object>> coordinators;

    private final BenchSettings settings;
    private final Api admin;
    private final String run = Long.toString(System.currentTimeMillis() % 2_000_000_000L, 36);
    private final ExecutorService pool = Executors.newFixedThreadPool(4);
    private String welfare;

    private BenchWorld(BenchSettings settings) {
        this.settings = settings;
        this.admin = new Api(settings.baseUrl(), Api.token(settings.baseUrl(), settings.admin(), settings.password()));
    }

    static BenchWorld build(BenchSettings settings) {
        long start = System.nanoTime();
        BenchWorld world = new BenchWorld(settings);
        try {
            world.create();
        } finally {
            world.pool.shutdown();
        }
        System.out.printf("Bench set-up: %d programmes (%d bench), %d accounts, in %d s%n", world.allProgrammes.size(),
                world.benchProgrammes.size(), settings.users(), (System.nanoTime() - start) / 1_000_000_000L);
        return world;
    }

    private void create() {
        welfare = organisation("Bench welzijn " + run, "WELFARE");
        for (int i = 0; i < settings.partners(); i++) {
            partnerOrganisations.add(organisation("Bench partner " + run + "-" + i, i % 2 == 0 ? "SOCIAL_WORK" : "DEBT_SERVICES"));
        }
        for (int p = 0; p < settings.programmes(); p++) benchProgrammes.add(programme(p));
        admin.get("/api/v1/programmes").get("items").forEach(n -> allProgrammes.add(n.get("id").asString()));
        int perProgramme = (int) Math.ceil((double) settings.visitors() / settings.programmes());
        visitors = accounts("visitor", settings.visitors(), i -> programmeRole(i, "VISITOR"));
        caseManagers = accounts("cm", settings.caseManagers(), i -> programmeRole(i, "CASE_MANAGER"));
        partners = accounts("partner", settings.partners(), i -> everywhere(benchProgrammes, "PARTNER", partnerOrganisations.get(i)));
        coordinators = accounts("coordinator", settings.coordinators(), i -> everywhere(allProgrammes, "COORDINATOR", welfare));
        for (int p = 0; p < benchProgrammes.size(); p++) assign(p, perProgramme);
        addSlots(visitors);
        addSlots(caseManagers);
    }

    private String organisation(String name, String kind) {
        return admin.post("/api/v1/organisations", Map.of("name", name, "kind", kind)).get("id").asString();
    }

    private String programme(int p) {
        LocalDate today = LocalDate.now();
        var body = new HashMap<String, Object>(Map.of("name", "Bench " + run + " wijk " + p, "municipality", "Benchstad",
                "neighbourhood", "Wijk " + run + "-" + p, "startDate", today.minusMonths(6).toString(),
                "endDate", today.plusMonths(18).toString(), "budgetEuros", 250000, "plannedVisits", 2000,
                "targetParticipationPct", 60, "targetTrajectoryPct", 20));
        body.put("areaDescription", "Generated for the Gatling load test");
        String id = admin.post("/api/v1/programmes", body).get("id").asString();
        admin.post("/api/v1/programmes/" + id + "/status", Map.of("status", "RUNNING"));
        for (String organisation : partnerOrganisations) {
            admin.post("/api/v1/programmes/" + id + "/partners", Map.of("organisationId", organisation, "priorityResponseDays", 5));
        }
        int addresses = (int) Math.ceil((double) settings.visitors() / settings.programmes()) * settings.addressesPerVisitor();
        admin.postCsv("/api/v1/programmes/" + id + "/addresses/import?dryRun=false", BenchAddresses.csv(p, addresses));
        return id;
    }

    /** Creates the accounts in parallel; each gets its roles and a token. */
    private List<Map<String, Object>> accounts(String kind, int count, IntFunction<Grant> grantOf) {
        List<Future<Map<String, Object>>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            futures.add(pool.submit(() -> account(kind + "." + run + "." + index, grantOf.apply(index))));
        }
        List<Map<String, Object>> made = new ArrayList<>();
        for (var future : futures) {
            try {
                made.add(future.get());
            } catch (Exception e) {
                throw new IllegalStateException("set-up of " + kind + " accounts failed", e);
            }
        }
        return made;
    }

    private record Grant(List<String> programmes, String role, String organisation) {
    }

    private Grant programmeRole(int index, String role) {
        return new Grant(List.of(benchProgrammes.get(index % benchProgrammes.size())), role, welfare);
    }

    private static Grant everywhere(List<String> programmes, String role, String organisation) {
        return new Grant(programmes, role, organisation);
    }

    /** The bench accounts' password: the admin's demo password names the product, which the policy refuses for new accounts. */
    static final String ACCOUNT_PASSWORD = "Kwartierloop-Zeventien-Lantaarn";

    private Map<String, Object> account(String username, Grant grant) {
        String id = admin.post("/api/v1/users", Map.of("username", username, "password", ACCOUNT_PASSWORD,
                "displayName", "Bench " + username, "organisationId", grant.organisation())).get("id").asString();
        for (String programme : grant.programmes()) {
            admin.post("/api/v1/programmes/" + programme + "/members", Map.of("userId", id, "roles", List.of(grant.role())));
        }
        var account = new HashMap<String, Object>();
        account.put("userId", id);
        account.put("username", username);
        account.put("password", ACCOUNT_PASSWORD);
        account.put("programmeId", grant.programmes().getFirst());
        account.put("organisationId", grant.organisation());
        account.put("token", Api.token(settings.baseUrl(), username, ACCOUNT_PASSWORD));
        return account;
    }

    /** Gives each visitor of a programme its own consecutive block of addresses (a street). */
    private void assign(int p, int perProgramme) {
        String programme = benchProgrammes.get(p);
        List<String> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode items = admin.get("/api/v1/programmes/" + programme + "/addresses?size=200&page=" + page).get("items");
            items.forEach(n -> ids.add(n.get("id").asString()));
            if (items.size() < 200) break;
        }
        List<Map<String, Object>> mine = visitors.stream().filter(v -> v.get("programmeId").equals(programme)).toList();
        int block = settings.addressesPerVisitor();
        for (int v = 0; v < mine.size() && (v + 1) * block <= ids.size(); v++) {
            admin.post("/api/v1/programmes/" + programme + "/assignments", Map.of("visitorIds", List.of(mine.get(v).get("userId")),
                    "addressIds", ids.subList(v * block, (v + 1) * block)));
        }
    }

    /** Numbers the accounts per programme, so case managers can split the triage queue without racing. */
    private static void addSlots(List<Map<String, Object>> accounts) {
        Map<Object, List<Map<String, Object>>> byProgramme = new HashMap<>();
        accounts.forEach(a -> byProgramme.computeIfAbsent(a.get("programmeId"), k -> new ArrayList<>()).add(a));
        byProgramme.values().forEach(list -> {
            for (int i = 0; i < list.size(); i++) {
                list.get(i).put("slot", i);
                list.get(i).put("slots", list.size());
            }
        });
    }
}
