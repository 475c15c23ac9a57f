package org.inkwell.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.inkwell.directory.Agency;
import org.inkwell.directory.DeliveryMode;
import org.inkwell.directory.Facility;
import org.inkwell.directory.FacilityKind;
import org.inkwell.directory.Inmate;
import org.inkwell.directory.InmateStatus;
import org.inkwell.directory.KioskHours;
import org.inkwell.directory.PersonAtFacility;
import org.inkwell.directory.Pricing;
import org.inkwell.directory.ReplyPolicy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class FacilityRepository {

    private static final String SELECT = """
            SELECT f.*, a.code AS agency_code, a.name AS agency_name
            FROM facility f JOIN agency a ON a.id = f.agency_id
            """;
    private static final TypeReference<List<KioskHours>> KIOSK_HOURS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> NETWORKS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    FacilityRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<Facility> findByCode(String code) {
        return jdbc.sql(SELECT + " WHERE f.code = :code").param("code", code).query(this::map).optional();
    }

    public Optional<Facility> findById(UUID id) {
        return jdbc.sql(SELECT + " WHERE f.id = :id").param("id", id).query(this::map).optional();
    }

    /** A person with their facility and its agency, in one read (a send needs all three). */
    public Optional<PersonAtFacility> findWithPerson(UUID inmateId) {
        return jdbc.sql("""
                SELECT f.*, a.code AS agency_code, a.name AS agency_name,
                       i.agency_id AS person_agency_id, i.number AS person_number, i.first_name AS person_first_name,
                       i.last_name AS person_last_name, i.status AS person_status, i.housing_unit AS person_housing_unit
                FROM inmate i JOIN facility f ON f.id = i.facility_id JOIN agency a ON a.id = f.agency_id
                WHERE i.id = :id
                """)
                .param("id", inmateId)
                .query((rs, n) -> {
                    Facility facility = map(rs, n);
                    return new PersonAtFacility(new Inmate(inmateId, rs.getObject("person_agency_id", UUID.class),
                            facility.id(), facility.code(), rs.getString("person_number"),
                            rs.getString("person_first_name"), rs.getString("person_last_name"),
                            InmateStatus.valueOf(rs.getString("person_status")), rs.getString("person_housing_unit")),
                            facility);
                })
                .optional();
    }

    /** Every facility's retention period in days, by facility id: what the retention job works to. */
    public Map<UUID, Integer> retentionDays() {
        Map<UUID, Integer> days = new HashMap<>();
        jdbc.sql("SELECT id, retention_days FROM facility")
                .query(rs -> {
                    days.put(rs.getObject("id", UUID.class), rs.getInt("retention_days"));
                });
        return days;
    }

    /** Case-insensitive match on the facility's name, code or state, or its agency's code or name. */
    public List<Facility> search(String text, int limit) {
        String pattern = text == null || text.isBlank() ? "%" : "%" + escapeLike(text.trim().toLowerCase()) + "%";
        return jdbc.sql(SELECT + """
                 WHERE lower(f.name) LIKE :p OR lower(f.code) LIKE :p OR lower(f.state) LIKE :p
                    OR lower(a.code) LIKE :p OR lower(a.name) LIKE :p
                 ORDER BY f.name
                 LIMIT :limit
                """)
                .param("p", pattern)
                .param("limit", limit)
                .query(this::map)
                .list();
    }

    public Optional<Agency> findAgency(String code) {
        return jdbc.sql("SELECT id, code, name FROM agency WHERE code = :code").param("code", code)
                .query((rs, n) -> new Agency(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name")))
                .optional();
    }

    public List<Agency> agencies() {
        return jdbc.sql("SELECT id, code, name FROM agency ORDER BY code")
                .query((rs, n) -> new Agency(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name")))
                .list();
    }

    /** Inserts the agency unless its code is taken; answers whether it did. */
    public boolean insertAgency(Agency agency, Instant now) {
        return jdbc.sql("""
                INSERT INTO agency (id, code, name, created_at) VALUES (:id, :code, :name, :now)
                ON CONFLICT (code) DO NOTHING
                """)
                .param("id", agency.id()).param("code", agency.code()).param("name", agency.name())
                .param("now", Timestamp.from(now))
                .update() == 1;
    }

    /** Inserts the facility unless its code is taken; answers whether it did. */
    public boolean insert(Facility f, Instant now) {
        return jdbc.sql("""
                INSERT INTO facility (id, agency_id, code, name, kind, state, delivery, currency, unit_price_cents,
                                      chars_per_unit, max_message_chars, review_target_hours, reply_policy,
                                      kiosk_hours, time_zone, max_contacts, invitations_need_approval, auto_approve_clean,
                                      kiosk_networks, invitations_per_day, phone, created_at, updated_at,
                                      kiosk_session_minutes, kiosk_language, retention_days, legal_mail_free,
                                      max_photos_per_message, photo_price_cents)
                VALUES (:id, :agency, :code, :name, :kind, :state, :delivery, :currency, :price, :chars, :max,
                        :target, :reply, :kiosk, :zone, :maxContacts, :invitations, :autoApprove, :networks,
                        :invitationsPerDay, :phone, :now, :now, :kioskMinutes, :kioskLanguage, :retentionDays,
                        :legalMailFree, :maxPhotos, :photoPrice)
                ON CONFLICT (code) DO NOTHING
                """)
                .param("id", f.id())
                .param("agency", f.agency().id())
                .param("code", f.code())
                .params(settings(f))
                .param("now", Timestamp.from(now))
                .update() == 1;
    }

    public void update(Facility f, Instant now) {
        jdbc.sql("""
                UPDATE facility SET name = :name, kind = :kind, state = :state, delivery = :delivery,
                       currency = :currency, unit_price_cents = :price, chars_per_unit = :chars,
                       max_message_chars = :max, review_target_hours = :target, reply_policy = :reply,
                       kiosk_hours = :kiosk, time_zone = :zone, max_contacts = :maxContacts,
                       invitations_need_approval = :invitations,
                       auto_approve_clean = :autoApprove, kiosk_networks = :networks,
                       invitations_per_day = :invitationsPerDay, phone = :phone, updated_at = :now,
                       kiosk_session_minutes = :kioskMinutes, kiosk_language = :kioskLanguage,
                       retention_days = :retentionDays, legal_mail_free = :legalMailFree,
                       max_photos_per_message = :maxPhotos, photo_price_cents = :photoPrice
                WHERE id = :id
                """)
                .param("id", f.id())
                .params(settings(f))
                .param("now", Timestamp.from(now))
                .update();
    }

    public void updatePhone(UUID id, String phone, Instant now) {
        jdbc.sql("UPDATE facility SET phone = :phone, updated_at = :now WHERE id = :id")
                .param("id", id).param("phone", phone).param("now", Timestamp.from(now)).update();
    }

    public void updateKioskSettings(UUID id, int kioskSessionMinutes, String kioskLanguage, Instant now) {
        jdbc.sql("""
                UPDATE facility SET kiosk_session_minutes = :minutes, kiosk_language = :language, updated_at = :now
                WHERE id = :id
                """)
                .param("id", id)
                .param("minutes", kioskSessionMinutes)
                .param("language", kioskLanguage)
                .param("now", Timestamp.from(now))
                .update();
    }

    private java.util.Map<String, Object> settings(Facility f) {
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        params.put("name", f.name());
        params.put("kind", f.kind().name());
        params.put("state", f.state());
        params.put("delivery", f.delivery().name());
        params.put("currency", f.pricing().currency());
        params.put("price", f.pricing().unitPriceCents());
        params.put("chars", f.pricing().charsPerUnit());
        params.put("max", f.maxMessageChars());
        params.put("target", f.reviewTargetHours());
        params.put("reply", f.replyPolicy().name());
        params.put("kiosk", json.writeValueAsString(f.kioskHours()));
        params.put("zone", f.timeZone());
        params.put("maxContacts", f.maxContacts());
        params.put("invitations", f.invitationsNeedApproval());
        params.put("autoApprove", f.autoApproveClean());
        params.put("networks", json.writeValueAsString(f.kioskNetworks()));
        params.put("invitationsPerDay", f.invitationsPerDay());
        params.put("phone", f.phone());
        params.put("kioskMinutes", f.kioskSessionMinutes());
        params.put("kioskLanguage", f.kioskLanguage());
        params.put("retentionDays", f.retentionDays());
        params.put("legalMailFree", f.legalMailFree());
        params.put("maxPhotos", f.maxPhotosPerMessage());
        params.put("photoPrice", f.pricing().photoPriceCents());
        return params;
    }

    private Facility map(ResultSet rs, int row) throws SQLException {
        return new Facility(
                rs.getObject("id", UUID.class),
                new Agency(rs.getObject("agency_id", UUID.class), rs.getString("agency_code"), rs.getString("agency_name")),
                rs.getString("code"),
                rs.getString("name"),
                FacilityKind.valueOf(rs.getString("kind")),
                rs.getString("state"),
                DeliveryMode.valueOf(rs.getString("delivery")),
                new Pricing(rs.getString("currency"), rs.getLong("unit_price_cents"), rs.getInt("chars_per_unit"),
                        rs.getLong("photo_price_cents")),
                rs.getInt("max_message_chars"),
                rs.getInt("review_target_hours"),
                ReplyPolicy.valueOf(rs.getString("reply_policy")),
                json.readValue(rs.getString("kiosk_hours"), KIOSK_HOURS),
                rs.getString("time_zone"),
                rs.getInt("max_contacts"),
                rs.getBoolean("invitations_need_approval"),
                rs.getBoolean("auto_approve_clean"),
                json.readValue(rs.getString("kiosk_networks"), NETWORKS),
                rs.getInt("invitations_per_day"),
                rs.getString("phone"),
                rs.getInt("kiosk_session_minutes"),
                rs.getString("kiosk_language"),
                rs.getInt("retention_days"),
                rs.getBoolean("legal_mail_free"),
                rs.getInt("max_photos_per_message"));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
