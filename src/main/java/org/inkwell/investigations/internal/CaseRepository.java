package org.inkwell.investigations.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.inkwell.investigations.CaseMember;
import org.inkwell.investigations.CaseStatus;
import org.inkwell.investigations.CaseSubject;
import org.inkwell.investigations.InvestigationCase;
import org.inkwell.platform.JdbcTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CaseRepository {

    private final JdbcClient jdbc;

    CaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new PENDING case with its subjects; false when the agency already has a case of that number. */
    public boolean insert(InvestigationCase c) {
        int inserted = jdbc.sql("""
                INSERT INTO investigation_case (id, agency_id, case_number, legal_basis, access_days, status, opened_by,
                                                opened_by_name, opened_at)
                VALUES (:id, :agency, :number, :basis, :days, :status, :openedBy, :openedByName, :openedAt)
                ON CONFLICT (agency_id, case_number) DO NOTHING
                """)
                .param("id", c.id()).param("agency", c.agencyId()).param("number", c.caseNumber())
                .param("basis", c.legalBasis()).param("days", c.accessDays()).param("status", c.storedStatus().name())
                .param("openedBy", c.openedBy()).param("openedByName", c.openedByName())
                .param("openedAt", Timestamp.from(c.openedAt()))
                .update();
        if (inserted == 0) {
            return false;
        }
        for (int i = 0; i < c.subjects().size(); i++) {
            CaseSubject s = c.subjects().get(i);
            jdbc.sql("""
                    INSERT INTO investigation_subject (case_id, position, facility_id, facility_code, inmate_id,
                                                       inmate_number, account_id, email)
                    VALUES (:case, :position, :facilityId, :facility, :inmate, :number, :account, :email)
                    """)
                    .param("case", c.id()).param("position", i).param("facilityId", s.facilityId())
                    .param("facility", s.facility()).param("inmate", s.inmateId()).param("number", s.inmateNumber())
                    .param("account", s.accountId()).param("email", s.email())
                    .update();
        }
        return true;
    }

    public Optional<InvestigationCase> find(UUID id) {
        return withSubjects(jdbc.sql("SELECT * FROM investigation_case WHERE id = :id").param("id", id)
                .query(CaseRepository::map).list()).stream().findFirst();
    }

    public Optional<InvestigationCase> lock(UUID id) {
        return withSubjects(jdbc.sql("SELECT * FROM investigation_case WHERE id = :id FOR UPDATE").param("id", id)
                .query(CaseRepository::map).list()).stream().findFirst();
    }

    /** The cases the investigator opened or was added to, newest first. */
    public List<InvestigationCase> visibleTo(UUID investigator) {
        return withSubjects(jdbc.sql("""
                SELECT * FROM investigation_case
                WHERE opened_by = :by OR id IN (SELECT case_id FROM investigation_member WHERE staff_id = :by)
                ORDER BY opened_at DESC, id
                """)
                .param("by", investigator).query(CaseRepository::map).list());
    }

    public boolean isMember(UUID caseId, UUID staffId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM investigation_member WHERE case_id = :case AND staff_id = :staff)")
                .param("case", caseId).param("staff", staffId).query(Boolean.class).single();
    }

    /** False when the investigator already is a member. */
    public boolean addMember(UUID caseId, UUID staffId, String username, String fullName, UUID addedBy, Instant at) {
        return jdbc.sql("""
                INSERT INTO investigation_member (case_id, staff_id, username, full_name, added_by, added_at)
                VALUES (:case, :staff, :username, :name, :by, :at)
                ON CONFLICT (case_id, staff_id) DO NOTHING
                """)
                .param("case", caseId).param("staff", staffId).param("username", username).param("name", fullName)
                .param("by", addedBy).param("at", Timestamp.from(at))
                .update() == 1;
    }

    public List<CaseMember> members(UUID caseId) {
        return jdbc.sql("""
                SELECT m.username, m.full_name, c.opened_by_name, m.added_at
                FROM investigation_member m JOIN investigation_case c ON c.id = m.case_id
                WHERE m.case_id = :case ORDER BY m.added_at, m.username
                """)
                .param("case", caseId)
                .query((rs, n) -> new CaseMember(rs.getString("username"), rs.getString("full_name"),
                        rs.getString("opened_by_name"), rs.getTimestamp("added_at").toInstant()))
                .list();
    }

    /** Who works the case: its opener and its members. */
    public List<UUID> investigators(UUID caseId) {
        return jdbc.sql("""
                SELECT opened_by FROM investigation_case WHERE id = :case
                UNION SELECT staff_id FROM investigation_member WHERE case_id = :case
                """)
                .param("case", caseId).query(UUID.class).list();
    }

    /**
     * Takes the case's alert email: true when none was sent since {@code quietSince}. The row stays locked
     * until the send commits, so parallel alerts on one case mail once.
     */
    public boolean claimAlertMail(UUID caseId, Instant now, Instant quietSince) {
        return jdbc.sql("""
                INSERT INTO investigation_alert_mail AS m (case_id, mailed_at) VALUES (:case, :now)
                ON CONFLICT (case_id) DO UPDATE SET mailed_at = :now WHERE m.mailed_at <= :since
                """)
                .param("case", caseId).param("now", Timestamp.from(now)).param("since", Timestamp.from(quietSince))
                .update() == 1;
    }

    public void extend(UUID id, Instant accessUntil) {
        jdbc.sql("UPDATE investigation_case SET access_until = :until WHERE id = :id")
                .param("until", Timestamp.from(accessUntil)).param("id", id).update();
    }

    public List<InvestigationCase> inAgency(UUID agency, CaseStatus status, int limit) {
        return withSubjects(jdbc.sql("""
                SELECT * FROM investigation_case WHERE agency_id = :agency AND status = :status
                ORDER BY opened_at DESC, id LIMIT :limit
                """)
                .param("agency", agency).param("status", status.name()).param("limit", limit)
                .query(CaseRepository::map).list());
    }

    public void decide(UUID id, CaseStatus status, UUID by, String byName, Instant at, String reason, Instant accessUntil) {
        jdbc.sql("""
                UPDATE investigation_case SET status = :status, decided_by = :by, decided_by_name = :byName,
                       decided_at = :at, decision_reason = :reason, access_until = :until
                WHERE id = :id
                """)
                .param("status", status.name()).param("by", by).param("byName", byName)
                .param("at", Timestamp.from(at)).param("reason", reason)
                .param("until", JdbcTime.timestamp(accessUntil)).param("id", id)
                .update();
    }

    public void close(UUID id, Instant at) {
        jdbc.sql("UPDATE investigation_case SET status = 'CLOSED', closed_at = :at WHERE id = :id")
                .param("at", Timestamp.from(at)).param("id", id).update();
    }

    private List<InvestigationCase> withSubjects(List<InvestigationCase> cases) {
        if (cases.isEmpty()) {
            return cases;
        }
        Collection<UUID> ids = cases.stream().map(InvestigationCase::id).toList();
        Map<UUID, List<CaseSubject>> subjects = jdbc.sql("""
                SELECT * FROM investigation_subject WHERE case_id IN (:ids) ORDER BY case_id, position
                """)
                .param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getObject("case_id", UUID.class), new CaseSubject(
                        rs.getObject("facility_id", UUID.class), rs.getString("facility_code"),
                        rs.getObject("inmate_id", UUID.class), rs.getString("inmate_number"),
                        rs.getObject("account_id", UUID.class), rs.getString("email"))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        List<InvestigationCase> complete = new ArrayList<>();
        for (InvestigationCase c : cases) {
            complete.add(new InvestigationCase(c.id(), c.agencyId(), c.caseNumber(), c.legalBasis(), c.accessDays(),
                    c.storedStatus(), c.openedBy(), c.openedByName(), c.openedAt(), c.decidedByName(), c.decidedAt(),
                    c.decisionReason(), c.accessUntil(), c.closedAt(), subjects.getOrDefault(c.id(), List.of())));
        }
        return complete;
    }

    private static InvestigationCase map(ResultSet rs, int row) throws SQLException {
        return new InvestigationCase(rs.getObject("id", UUID.class), rs.getObject("agency_id", UUID.class),
                rs.getString("case_number"), rs.getString("legal_basis"), rs.getInt("access_days"),
                CaseStatus.valueOf(rs.getString("status")), rs.getObject("opened_by", UUID.class),
                rs.getString("opened_by_name"), JdbcTime.instant(rs, "opened_at"), rs.getString("decided_by_name"),
                JdbcTime.instant(rs, "decided_at"), rs.getString("decision_reason"), JdbcTime.instant(rs, "access_until"),
                JdbcTime.instant(rs, "closed_at"), List.of());
    }

    /** The subjects of every case not yet ended: PENDING, or OPEN before its access end. */
    public List<CaseSubject> subjectsOfCasesNotEnded(Instant now) {
        return jdbc.sql("""
                SELECT DISTINCT s.facility_id, s.facility_code, s.inmate_id, s.inmate_number, s.account_id, s.email
                FROM investigation_subject s JOIN investigation_case c ON c.id = s.case_id
                WHERE c.status = 'PENDING' OR (c.status = 'OPEN' AND (c.access_until IS NULL OR c.access_until > :now))
                """)
                .param("now", Timestamp.from(now))
                .query((rs, n) -> new CaseSubject(rs.getObject("facility_id", UUID.class), rs.getString("facility_code"),
                        rs.getObject("inmate_id", UUID.class), rs.getString("inmate_number"),
                        rs.getObject("account_id", UUID.class), rs.getString("email")))
                .list();
    }

    /** The messages tagged into cases not yet ended: the evidence of a case stays while it lasts. */
    public List<UUID> itemsOfCasesNotEnded(Instant now) {
        return jdbc.sql("""
                SELECT DISTINCT i.message_id FROM investigation_item i JOIN investigation_case c ON c.id = i.case_id
                WHERE c.status = 'PENDING' OR (c.status = 'OPEN' AND (c.access_until IS NULL OR c.access_until > :now))
                """)
                .param("now", Timestamp.from(now))
                .query(UUID.class).list();
    }
}
