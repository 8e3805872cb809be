package space.orbit.users.account;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an {@link Access} as its lower-case word ({@code app_user.access}). */
@Converter(autoApply = true)
class AccessConverter implements AttributeConverter<Access, String> {

	@Override
	public String convertToDatabaseColumn(Access access) {
		return (access != null) ? access.word() : null;
	}

	@Override
	public Access convertToEntityAttribute(String word) {
		return (word != null) ? Access.ofWord(word) : null;
	}

}
