package com.claimstream.x12;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.imsweb.x12.Element;
import com.imsweb.x12.LineBreak;
import com.imsweb.x12.Loop;
import com.imsweb.x12.Segment;
import com.imsweb.x12.Separators;
import com.imsweb.x12.reader.X12Reader;
import com.imsweb.x12.reader.X12Reader.FileType;
import com.imsweb.x12.writer.X12Writer;
import org.jspecify.annotations.Nullable;

/**
 * What the writers and readers of this package share: building loops of segments, the
 * ISA/GS/ST envelope with its counts, X12 dates and amounts, and reading a file with the
 * library into its interchange loop.
 */
final class Segments {

	static final Separators SEPARATORS = new Separators('~', '*', ':');

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

	private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("yyMMdd", Locale.ROOT);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm", Locale.ROOT);

	private Segments() {
	}

	/** Adds a segment; trailing empty elements are left out, as X12 requires. */
	static Segment add(Loop loop, String id, @Nullable String... values) {
		int last = values.length;
		while (last > 0 && (values[last - 1] == null || values[last - 1].isEmpty())) {
			last--;
		}
		Segment segment = new Segment(id, SEPARATORS);
		for (int i = 0; i < last; i++) {
			String value = values[i];
			segment.addElement(new Element(id + String.format(Locale.ROOT, "%02d", i + 1), (value != null) ? value : "",
					SEPARATORS));
		}
		loop.addSegment(segment);
		return segment;
	}

	static Loop loop(Loop parent, String id) {
		Loop child = new Loop(SEPARATORS, id);
		parent.getLoops().add(child);
		child.setParent(parent);
		return child;
	}

	/** A composite element's value, its components joined by the component separator. */
	static String composite(List<String> components) {
		return String.join(String.valueOf(SEPARATORS.getCompositeElement()), components);
	}

	/**
	 * Cents as an X12 amount (R): {@code 20000} → {@code 200}, {@code 12050} →
	 * {@code 120.5}.
	 */
	static String amount(long cents) {
		BigDecimal amount = BigDecimal.valueOf(cents, 2).stripTrailingZeros();
		return ((amount.scale() < 0) ? amount.setScale(0) : amount).toPlainString();
	}

	/** An X12 amount as cents. */
	static long cents(String amount) {
		return new BigDecimal(amount).movePointRight(2).longValueExact();
	}

	static String date(LocalDate date) {
		return DATE.format(date);
	}

	static LocalDate date(String value) {
		return LocalDate.parse(value, DATE);
	}

	static String time(LocalDateTime at) {
		return TIME.format(at);
	}

	/**
	 * A whole interchange with one functional group holding one transaction set: ISA, GS,
	 * ST, what {@code body} adds to the header and detail loops, and SE, GE and IEA with
	 * their counts and control numbers.
	 */
	static String write(FileType type, Interchange interchange, String functionalId, String transactionSet,
			String version, Consumer<Loop> header, Consumer<Loop> detail) {
		Loop isa = new Loop(SEPARATORS, "ISA_LOOP");
		String control = String.format(Locale.ROOT, "%09d", interchange.controlNumber());
		String group = Long.toString(interchange.controlNumber());
		add(isa, "ISA", "00", " ".repeat(10), "00", " ".repeat(10), "ZZ", pad(interchange.senderId()), "ZZ",
				pad(interchange.receiverId()), SHORT_DATE.format(interchange.createdAt()),
				time(interchange.createdAt()), "^", "00501", control, "0", interchange.production() ? "P" : "T",
				String.valueOf(SEPARATORS.getCompositeElement()));
		Loop gs = loop(isa, "GS_LOOP");
		add(gs, "GS", functionalId, interchange.senderId(), interchange.receiverId(),
				DATE.format(interchange.createdAt()), time(interchange.createdAt()), group, "X", version);
		Loop st = loop(gs, "ST_LOOP");
		add(st, "ST", transactionSet, "0001", version);
		header.accept(loop(st, "HEADER"));
		detail.accept(loop(st, "DETAIL"));
		add(st, "SE", Integer.toString(count(st) + 1), "0001");
		add(gs, "GE", "1", group);
		add(isa, "IEA", "1", control);
		return new X12Writer(type, List.of(isa), SEPARATORS).toX12String(LineBreak.LF);
	}

	/** Reads a file into its interchange loop; fatal errors of the library throw. */
	static Read read(FileType type, String file) {
		try {
			X12Reader reader = new X12Reader(type, new StringReader(file));
			if (!reader.getFatalErrors().isEmpty() || reader.getLoops().isEmpty()) {
				throw new X12Exception("Not a readable " + type + " file: " + reader.getFatalErrors());
			}
			return new Read(reader.getLoops().get(0), List.copyOf(reader.getErrors()));
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof X12Exception known) {
				throw known;
			}
			throw new X12Exception("Not a readable " + type + " file: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The transaction set loop of a read interchange (its first, the only one written
	 * here).
	 */
	static Loop transaction(Loop interchange) {
		return interchange.getLoop("GS_LOOP").getLoop("ST_LOOP");
	}

	/** The segments of a loop and of every loop inside it. */
	static int count(Loop loop) {
		int segments = loop.getSegments().size();
		for (Loop child : loop.getLoops()) {
			segments += count(child);
		}
		return segments;
	}

	/** The loops with this id anywhere under {@code loop}, in file order. */
	static List<Loop> all(Loop loop, String id) {
		List<Loop> found = new ArrayList<>();
		for (Loop child : loop.getLoops()) {
			if (id.equals(child.getId())) {
				found.add(child);
			}
			found.addAll(all(child, id));
		}
		return found;
	}

	static @Nullable String value(@Nullable Segment segment, int position) {
		if (segment == null || position > segment.size()) {
			return null;
		}
		String value = segment.getElementValue(segment.getId() + String.format(Locale.ROOT, "%02d", position));
		return (value == null || value.isEmpty()) ? null : value;
	}

	static String required(@Nullable Segment segment, int position) {
		String value = value(segment, position);
		if (value == null) {
			throw new X12Exception(
					"Missing " + ((segment != null) ? segment.getId() : "segment") + String.format("%02d", position));
		}
		return value;
	}

	static List<String> components(@Nullable Segment segment, int position) {
		String value = value(segment, position);
		if (value == null) {
			return List.of();
		}
		return List.of(SEPARATORS.splitComposite(value));
	}

	private static String pad(String id) {
		return String.format(Locale.ROOT, "%-15s", id);
	}

	/** A read interchange and what the library found wrong in it. */
	record Read(Loop interchange, List<String> errors) {

	}

}
