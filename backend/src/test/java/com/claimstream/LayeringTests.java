package com.claimstream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameStartingWith;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LayeringTests {

	private static final ArchRule NO_BLOCKING = noClasses().should()
		.callMethodWhere(target(nameStartingWith("block")).and(target(owner(describe("a Reactor publisher",
				(JavaClass owner) -> owner.getPackageName().equals("reactor.core.publisher"))))))
		.because("a blocked event loop stalls every request and stream on it (STYLE 2.6)");

	private final JavaClasses main = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("com.claimstream");

	@Test
	void controllersNeverUseRepositories() {
		noClasses().that()
			.haveSimpleNameEndingWith("Controller")
			.should()
			.dependOnClassesThat()
			.haveSimpleNameEndingWith("Repository")
			.allowEmptyShould(true)
			.check(this.main);
	}

	@Test
	void mainCodeNeverBlocks() {
		NO_BLOCKING.check(this.main);
	}

	@Test
	void blockingRuleCatchesABlockCall() {
		JavaClasses blocking = new ClassFileImporter().importClasses(Blocking.class);
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> NO_BLOCKING.check(blocking));
	}

	static class Blocking {

		String value() {
			return Mono.just("x").block();
		}

	}

}
