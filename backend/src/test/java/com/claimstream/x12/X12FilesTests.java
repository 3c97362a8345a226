package com.claimstream.x12;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import com.claimstream.x12.ClaimPayment.Adjustment;
import com.claimstream.x12.ProfessionalClaim.BillingProvider;
import com.claimstream.x12.ProfessionalClaim.Patient;
import com.claimstream.x12.ProfessionalClaim.Payer;
import com.claimstream.x12.ProfessionalClaim.RenderingProvider;
import com.claimstream.x12.ProfessionalClaim.ServiceLine;
import com.claimstream.x12.ProfessionalClaim.Subscriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every file written here is validated (guide structure and envelope counts) and read
 * back into what it was written from.
 */
class X12FilesTests {

	private static final Interchange INTERCHANGE = new Interchange("CLAIMSTREAM", "SANDBOXCH", 42,
			LocalDateTime.of(2026, 12, 4, 9, 30), false);

	static final ProfessionalClaim CLAIM = new ProfessionalClaim("CS00000042",
			new BillingProvider("Calm Waters Therapy", "1234567893", "123456789",
					new StreetAddress("1 Main St", "Suite 2", "Boston", "MA", "02110")),
			new RenderingProvider("Smith", "Ann", "1245319599"),
			new Subscriber("OONMET-55", "G100",
					new Person("Doe", "Jane", LocalDate.of(1990, 1, 1), "F",
							new StreetAddress("2 Elm St", null, "Cambridge", "MA", "021391234"))),
			null, new Payer("Aetna", "60054"), List.of("F411", "F331"),
			new ServiceLine("90837", List.of("95"), "10", 1, 20_000, LocalDate.of(2026, 12, 1)));

	@Test
	void anEightThirtySevenIsValidAndReadsBackAsTheClaim() {
		String file = Claim837.write(CLAIM, INTERCHANGE, "Sandbox Clearinghouse");
		assertThat(X12Validation.problems(file)).isEmpty();
		assertThat(file).startsWith("ISA*00*")
			.contains("ST*837*0001*005010X222A1~")
			.contains("SV1*HC:90837:95*200*UN*1*10**1:2~");
		assertThat(Claim837.read(file)).isEqualTo(CLAIM);
	}

	@Test
	void aPatientWhoIsNotTheSubscriberHasTheirOwnLoop() {
		ProfessionalClaim child = new ProfessionalClaim(CLAIM.claimNumber(), CLAIM.billing(), CLAIM.rendering(),
				CLAIM.subscriber(),
				new Patient("19",
						new Person("Doe", "Sam", LocalDate.of(2012, 5, 6), "U", CLAIM.subscriber().person().address())),
				CLAIM.payer(), CLAIM.diagnoses(), CLAIM.line());
		String file = Claim837.write(child, INTERCHANGE, "Sandbox Clearinghouse");
		assertThat(X12Validation.problems(file)).isEmpty();
		assertThat(file).contains("HL*3*2*23*0~").contains("PAT*19~");
		assertThat(Claim837.read(file)).isEqualTo(child);
	}

	@Test
	void validationFindsWrongCountsControlNumbersAndMissingSegments() {
		String file = Claim837.write(CLAIM, INTERCHANGE, "Sandbox Clearinghouse");
		assertThat(X12Validation.problems(file.replaceFirst("SE\\*\\d+\\*", "SE*3*")))
			.anyMatch((p) -> p.startsWith("SE01"));
		assertThat(X12Validation.problems(file.replace("IEA*1*000000042", "IEA*1*000000043")))
			.anyMatch((p) -> p.startsWith("IEA02"));
		assertThat(X12Validation.problems(file.replace("GE*1*42", "GE*2*42"))).anyMatch((p) -> p.startsWith("GE01"));
		String withoutCity = file.replaceFirst("N4\\*Boston\\*MA\\*02110~\n", "");
		assertThat(X12Validation.problems(withoutCity)).anyMatch((p) -> p.contains("N4 in loop 2010AA is required"));
		assertThat(X12Validation.problems("hello")).isNotEmpty();
	}

	@Test
	void aTwoSeventySevenAcknowledgesOrRejectsTheClaim() {
		ClaimAcknowledgment accepted = new ClaimAcknowledgment("CS00000042", "Aetna", "60054", "Calm Waters Therapy",
				"1234567893", "OONMET-55", "Doe", "Jane", "A2", "20", "PCN0042", "Accepted for adjudication",
				LocalDate.of(2026, 12, 5), 20_000, LocalDate.of(2026, 12, 1));
		ClaimAcknowledgment rejected = new ClaimAcknowledgment("CS00000043", "Aetna", "60054", "Calm Waters Therapy",
				"1234567893", "NOTFOUND-1", "Doe", "Jane", "A3", "33", null, "Subscriber and subscriber id not found",
				LocalDate.of(2026, 12, 5), 20_000, LocalDate.of(2026, 12, 1));
		for (ClaimAcknowledgment ack : List.of(accepted, rejected)) {
			String file = Acknowledgment277.write(ack, INTERCHANGE);
			assertThat(X12Validation.problems(file)).isEmpty();
			assertThat(Acknowledgment277.read(file)).containsExactly(ack);
		}
		assertThat(accepted.accepted()).isTrue();
		assertThat(rejected.rejected()).isTrue();
	}

	@Test
	void anEightThirtyFivePaysOrDeniesTheClaim() {
		ClaimPayment paid = new ClaimPayment("CS00000042", ClaimPayment.PROCESSED, 20_000, 8_000, 7_000, "PCN0042",
				"10", "OONLOW-1", "Doe", "Jane", "90837", 1, LocalDate.of(2026, 12, 1), 15_000,
				List.of(new Adjustment("PR", "1", 5_000), new Adjustment("PR", "2", 2_000),
						new Adjustment("CO", "45", 5_000)),
				List.of());
		ClaimPayment denied = new ClaimPayment("CS00000043", ClaimPayment.DENIED, 20_000, 0, 20_000, "PCN0043", "11",
				"NOOON-1", "Doe", "Jane", "90837", 1, LocalDate.of(2026, 12, 1), 0,
				List.of(new Adjustment("PR", "242", 20_000)), List.of("N130"));
		ClaimPayment.Payment check = new ClaimPayment.Payment("CHK1001", LocalDate.of(2027, 1, 12), "060000001");
		for (ClaimPayment claim : List.of(paid, denied)) {
			String file = Remittance835.write(List.of(claim), check, "Aetna", "Calm Waters Therapy", "1234567893",
					"123456789", INTERCHANGE);
			assertThat(X12Validation.problems(file)).isEmpty();
			assertThat(Remittance835.read(file)).containsExactly(claim);
		}
		assertThat(paid.deductibleCents()).isEqualTo(5_000);
		assertThat(paid.coinsuranceCents()).isEqualTo(2_000);
		assertThat(paid.denialReasons()).isEmpty();
		assertThat(denied.denialReasons()).extracting(Adjustment::reason).containsExactly("242");
	}

	@Test
	void aFileOfAnotherKindIsNotReadAsAClaim() {
		assertThatThrownBy(() -> Claim837.read("ISA*garbage~")).isInstanceOf(X12Exception.class);
	}

	@Property(tries = 200)
	void anyValidClaimRoundTrips(@ForAll("claims") ProfessionalClaim claim, @ForAll("controlNumbers") long control) {
		String file = Claim837.write(claim,
				new Interchange("CLAIMSTREAM", "SANDBOXCH", control, LocalDateTime.of(2026, 12, 4, 9, 30), false),
				"Sandbox Clearinghouse");
		assertThat(X12Validation.problems(file)).isEmpty();
		assertThat(Claim837.read(file)).isEqualTo(claim);
	}

	@Provide
	Arbitrary<Long> controlNumbers() {
		return Arbitraries.longs().between(1, Interchange.MAX_CONTROL_NUMBER);
	}

	@Provide
	Arbitrary<ProfessionalClaim> claims() {
		Arbitrary<String> names = Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(20);
		Arbitrary<String> digits9 = Arbitraries.strings().numeric().ofLength(9);
		Arbitrary<String> npis = Arbitraries.strings().numeric().ofLength(10);
		Arbitrary<StreetAddress> addresses = Combinators
			.combine(names, names.injectNull(0.5), names, Arbitraries.of("MA", "NY", "CA", "TX"),
					Arbitraries.oneOf(Arbitraries.strings().numeric().ofLength(5), digits9))
			.as((line1, line2, city, state, zip) -> new StreetAddress(line1 + " ST", line2, city, state, zip));
		Arbitrary<LocalDate> dates = Arbitraries.integers()
			.between(0, 30_000)
			.map((days) -> LocalDate.of(1940, 1, 1).plusDays(days));
		Arbitrary<Person> people = Combinators.combine(names, names, dates, Arbitraries.of("F", "M", "U"), addresses)
			.as(Person::new);
		Arbitrary<List<String>> diagnoses = Arbitraries.of("F411", "F331", "F329", "F4310", "F840", "Z634", "F909")
			.list()
			.ofMinSize(1)
			.ofMaxSize(12);
		Arbitrary<ServiceLine> lines = Combinators
			.combine(Arbitraries.of("90791", "90834", "90837", "90847"),
					Arbitraries.of("95", "HO", "GT", "59", "25").list().ofMaxSize(4), Arbitraries.of("02", "10", "11"),
					Arbitraries.integers().between(1, 8), Arbitraries.longs().between(1, 10_000_000), dates)
			.as(ServiceLine::new);
		Arbitrary<Patient> patients = Combinators.combine(Arbitraries.of("01", "19", "G8"), people)
			.as(Patient::new)
			.injectNull(0.5);
		return Combinators
			.combine(Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(20),
					Combinators.combine(names, npis, digits9, addresses).as(BillingProvider::new),
					Combinators.combine(names, names, npis).as(RenderingProvider::new),
					Combinators.combine(names, names.injectNull(0.5), people).as(Subscriber::new), patients,
					Combinators.combine(names, Arbitraries.strings().numeric().ofLength(5)).as(Payer::new), diagnoses,
					lines)
			.as(ProfessionalClaim::new);
	}

}
