package org.inkwell.investigations.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.inkwell.contacts.ContactStatus;
import org.inkwell.investigations.LinkedPeople;

/**
 * The linked people laid out for a small SVG drawn on the server: outside accounts in a column on the left,
 * people in custody on the right, contacts as lines between them and shared cards or email domains as
 * dashed curves between accounts, bowed towards the middle so they never cross a label. Only numbers are computed here; the template writes every label with
 * th:text, so names stay text. A big answer is cut to {@value #MAX_PER_COLUMN} per column and said so;
 * the list beside it is whole.
 */
record LinkGraph(int width, int height, List<Node> nodes, List<Edge> edges, boolean cut) {

    static final int MAX_PER_COLUMN = 30;
    private static final int WIDTH = 780;
    private static final int ACCOUNTS_X = 300;
    private static final int PEOPLE_X = 540;
    private static final int TOP = 30;
    private static final int ROW = 34;
    private static final int LABEL_CHARS = 30;

    /** A circle with its label; {@code anchor} is the SVG text-anchor of the label. */
    record Node(String label, int x, int y, int labelX, String anchor, boolean subject, boolean inside) {
    }

    /** A line or curve; {@code kind} is the CSS class saying what joins the two ends. */
    record Edge(String path, String kind) {
    }

    /**
     * @param askedPerson the person asked about as {@code FACILITY:NUMBER}, or null when an account was asked
     * @param askedEmail  the account asked about, or null when a person was asked
     */
    static LinkGraph of(LinkedPeople.Links links, String askedPerson, String askedEmail) {
        Map<String, Node> accounts = new LinkedHashMap<>();
        Map<String, Node> people = new LinkedHashMap<>();
        List<Edge> edges = new ArrayList<>();
        boolean cut = false;
        for (LinkedPeople.Account account : links.accounts()) {
            Node from = account(accounts, account.email(), account.name(), account.email().equalsIgnoreCase(askedEmail));
            if (from == null) {
                cut = true;
                continue;
            }
            for (LinkedPeople.Linked contact : account.contacts()) {
                String key = contact.facility() + ":" + contact.inmateNumber();
                Node to = people.get(key);
                if (to == null && people.size() < MAX_PER_COLUMN) {
                    to = new Node(shortened(contact.name() + " (" + contact.inmateNumber() + ")"), PEOPLE_X,
                            row(people.size()), PEOPLE_X + 14, "start", key.equalsIgnoreCase(askedPerson), true);
                    people.put(key, to);
                }
                if (to == null) {
                    cut = true;
                    continue;
                }
                edges.add(new Edge("M" + from.x() + " " + from.y() + " L" + to.x() + " " + to.y(),
                        contact.status() == ContactStatus.APPROVED ? "contact" : "contact other"));
            }
        }
        for (LinkedPeople.Account account : links.accounts()) {
            Node from = accounts.get(account.email());
            for (LinkedPeople.Link link : account.sharedWith()) {
                Node other = account(accounts, link.email(), null, false);
                if (from == null || other == null) {
                    cut = true;
                    continue;
                }
                int bulge = ACCOUNTS_X + 40 + Math.min(120, Math.abs(other.y() - from.y()) / 3);
                edges.add(new Edge("M" + from.x() + " " + from.y() + " C" + bulge + " " + from.y() + " " + bulge + " "
                        + other.y() + " " + other.x() + " " + other.y(),
                        "shared " + link.by().name().toLowerCase(Locale.ROOT).replace('_', '-')));
            }
        }
        List<Node> nodes = new ArrayList<>(accounts.values());
        nodes.addAll(people.values());
        int rows = Math.max(1, Math.max(accounts.size(), people.size()));
        return new LinkGraph(WIDTH, TOP + rows * ROW, nodes, edges, cut || links.truncated());
    }

    /** The account's node, made on first sight; null once the column is full. */
    private static Node account(Map<String, Node> accounts, String email, String name, boolean subject) {
        Node known = accounts.get(email);
        if (known != null || accounts.size() >= MAX_PER_COLUMN) {
            return known;
        }
        Node made = new Node(shortened(name == null || name.isBlank() ? email : name + " · " + email), ACCOUNTS_X,
                row(accounts.size()), ACCOUNTS_X - 14, "end", subject, false);
        accounts.put(email, made);
        return made;
    }

    private static int row(int index) {
        return TOP + index * ROW;
    }

    /** Labels are cut so the drawing keeps its width; the full words are in the list. */
    private static String shortened(String label) {
        return label.codePointCount(0, label.length()) <= LABEL_CHARS ? label
                : label.substring(0, label.offsetByCodePoints(0, LABEL_CHARS - 1)) + "…";
    }
}
