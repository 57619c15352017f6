package nl.voordeur.household.web;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.voordeur.access.AccessManagement;
import nl.voordeur.address.AddressRegister;
import nl.voordeur.address.VisitPlanning;
import nl.voordeur.household.HouseholdAccess;
import nl.voordeur.household.Households;
import nl.voordeur.household.Relation;
import nl.voordeur.household.VisitDrafts;
import nl.voordeur.shared.ConcurrentEdit;
import nl.voordeur.shared.DomainRuleViolated;

/**
 * The visit form at the kitchen table. It saves a draft on the server as it is filled in, and
 * is submitted with htmx so that a dropped connection is retried instead of losing the visit.
 */
@Controller
class VisitController {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final Households households;
    private final HouseholdAccess householdAccess;
    private final VisitDrafts drafts;
    private final AddressRegister addresses;
    private final VisitPlanning planning;
    private final AccessManagement users;
    private final Clock clock;

    VisitController(Households households, HouseholdAccess householdAccess, VisitDrafts drafts, AddressRegister addresses,
                    VisitPlanning planning, AccessManagement users, Clock clock) {
        this.households = households;
        this.householdAccess = householdAccess;
        this.drafts = drafts;
        this.addresses = addresses;
        this.planning = planning;
        this.users = users;
        this.clock = clock;
    }

    @GetMapping("/addresses/{id}/visit")
    String form(@PathVariable UUID id, Model model) {
        Integer version = householdAccess.atAddress(id).map(HouseholdAccess.HouseholdRef::version).orElse(null);
        var draft = drafts.load(id);
        VisitForm form = draft.map(d -> VisitForm.fromDraft(parse(d), version))
                .orElseGet(() -> VisitForm.empty(today(), version));
        model.addAttribute("restored", draft.isPresent());
        model.addAttribute("form", form);
        return page(id, model);
    }

    @PostMapping("/addresses/{id}/visit")
    Object record(@PathVariable UUID id, @ModelAttribute("form") VisitForm form, BindingResult errors, Model model) {
        if (form == null || errors.hasErrors()) {
            model.addAttribute("form", VisitForm.empty(today(), null));
            model.addAttribute("problem", new DomainRuleViolated("visit.unreadable", null));
            return page(id, model);
        }
        try {
            var recorded = households.recordVisit(id, form.toCommand());
            return ResponseEntity.noContent().header("HX-Redirect", "/households/" + recorded.householdId()).build();
        } catch (DomainRuleViolated e) {
            model.addAttribute("problem", e);
        } catch (ConcurrentEdit e) {
            model.addAttribute("conflict", true);
        }
        return page(id, model);
    }

    /** Autosave: the form fields as typed so far. */
    @PostMapping("/addresses/{id}/visit/draft")
    String saveDraft(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> fields, Model model) {
        var saved = drafts.save(id, encode(fields));
        model.addAttribute("savedAt", LocalTime.ofInstant(saved, AMSTERDAM).withNano(0));
        return "household/visit :: draftSaved";
    }

    private String page(UUID addressId, Model model) {
        var detail = addresses.detail(addressId);
        model.addAttribute("address", detail.address());
        model.addAttribute("corporationHousing", detail.corporationId() != null);
        model.addAttribute("pair", users.displayNames(planning.assignedVisitors(addressId)));
        model.addAttribute("relations", Relation.values());
        return "household/visit";
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(AMSTERDAM));
    }

    /** The fields as a query string, without the CSRF token. */
    static String encode(MultiValueMap<String, String> fields) {
        StringBuilder out = new StringBuilder();
        fields.forEach((key, values) -> {
            if (key.equals("_csrf")) return;
            for (String value : values) {
                if (!out.isEmpty()) out.append('&');
                out.append(URLEncoder.encode(key, StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return out.toString();
    }

    static MultiValueMap<String, String> parse(String body) {
        MultiValueMap<String, String> map = new LinkedMultiValueMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            map.add(key, value);
        }
        return map;
    }

}
