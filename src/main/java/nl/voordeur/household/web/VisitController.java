package nl.voordeur.household.web;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
import nl.voordeur.household.DomainScreen;
import nl.voordeur.household.HouseholdAccess;
import nl.voordeur.household.Households;
import nl.voordeur.household.QuestionKind;
import nl.voordeur.household.Relation;
import nl.voordeur.household.Urgency;
import nl.voordeur.household.VisitDrafts;
import nl.voordeur.shared.ConcurrentEdit;
import nl.voordeur.shared.DomainRuleViolated;
import nl.voordeur.shared.DutchZone;

/**
 * The visit form at the kitchen table, with the help questions raised at the visit: all of it is
 * recorded in one call ({@link Households#recordVisit}), as over the API. It saves a draft on the
 * server as it is filled in, and is submitted with htmx so that a dropped connection is retried
 * instead of losing the visit.
 */
@Controller
class VisitController {


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
        var restored = drafts.load(id).map(d -> VisitForm.fromDraft(parse(d), version));
        VisitForm form = restored.orElseGet(() -> VisitForm.empty(today(), version));
        model.addAttribute("restored", restored.isPresent());
        model.addAttribute("form", form);
        return page(id, model);
    }

    /**
     * Records the visit, or adds a member row ("Nog een lid toevoegen" is a submit button, so it
     * works without script too). A refused visit comes back with every error at once: a summary at
     * the top whose links focus their field, and each field marked with its own message.
     */
    @PostMapping("/addresses/{id}/visit")
    Object record(@PathVariable UUID id, @ModelAttribute("form") VisitForm form, BindingResult errors,
                  @RequestParam(required = false) String addMember, @RequestParam(required = false) String addQuestion,
                  Model model, HttpServletRequest request,
                  HttpServletResponse response) {
        if (form == null || errors.hasErrors()) {
            model.addAttribute("form", VisitForm.empty(today(), null));
            model.addAttribute("problem", new DomainRuleViolated("visit.unreadable", null));
            return page(id, model);
        }
        if (addMember != null) {
            VisitForm more = form.withOneMoreRow();
            model.addAttribute("form", more);
            model.addAttribute("addedRow", more.members().size() - 1);
            return page(id, model);
        }
        if (addQuestion != null) {
            VisitForm more = form.withOneMoreQuestion();
            model.addAttribute("form", more);
            model.addAttribute("addedQuestion", more.questions().size() - 1);
            return page(id, model);
        }
        try {
            var recorded = households.recordVisit(id, form.toCommand());
            var flash = org.springframework.web.servlet.support.RequestContextUtils.getOutputFlashMap(request);
            flash.put("saved", "visit.saved");
            boolean fileOpen = householdAccess.mayRead(recorded.householdId());
            if (!fileOpen) flash.put("saved", "visit.savedFileClosed"); // recorded, but the term ended: the address, not the file
            String target = fileOpen ? "/households/" + recorded.householdId() : "/addresses/" + id;
            flash.setTargetRequestPath(target);
            org.springframework.web.servlet.support.RequestContextUtils.saveOutputFlashMap(target, request, response);
            return ResponseEntity.noContent().header("HX-Redirect", target).build();
        } catch (DomainRuleViolated e) {
            model.addAttribute("fieldErrors", fieldErrors(e, form));
        } catch (ConcurrentEdit e) {
            model.addAttribute("conflict", true);
        }
        model.addAttribute("form", form.withRows());
        return page(id, model);
    }

    /**
     * Each broken rule by the id of its input ("members[1].name" is the input "members1.name"), the
     * rows counted as the form shows them (the command leaves empty rows out).
     */
    private static Map<String, DomainRuleViolated> fieldErrors(DomainRuleViolated e, VisitForm form) {
        var byField = new LinkedHashMap<String, DomainRuleViolated>();
        for (DomainRuleViolated rule : e.all()) {
            DomainRuleViolated v = form.onTheForm(rule);
            String field = v.field() == null ? "visit-form" : v.field().replace("[", "").replace("]", "");
            byField.putIfAbsent(field, v);
        }
        return byField;
    }

    /** Autosave: the form fields as typed so far. */
    @PostMapping("/addresses/{id}/visit/draft")
    String saveDraft(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> fields, Model model) {
        var saved = drafts.save(id, encode(fields));
        model.addAttribute("savedAt", LocalTime.ofInstant(saved, DutchZone.ZONE).withNano(0));
        return "household/visit :: draftSaved";
    }

    private String page(UUID addressId, Model model) {
        var detail = addresses.detail(addressId);
        model.addAttribute("address", detail.address());
        model.addAttribute("corporationHousing", detail.corporationId() != null);
        model.addAttribute("pair", users.displayNames(planning.assignedVisitors(addressId)));
        model.addAttribute("relations", Relation.values());
        model.addAttribute("domains", DomainScreen.current().shown());
        model.addAttribute("kinds", QuestionKind.values());
        model.addAttribute("urgencies", Urgency.values());
        return "household/visit";
    }

    private LocalDate today() {
        return LocalDate.now(clock);
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
