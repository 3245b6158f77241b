namespace NavLederprogram;

/// <summary>Field-level validation failures; keys are camelCase field names, values are localization keys with arguments.</summary>
public sealed class ValidationFailedException(IReadOnlyDictionary<string, IReadOnlyList<FieldError>> errors)
    : BusinessException(NavLederprogramErrorCodes.ValidationFailed)
{
    public IReadOnlyDictionary<string, IReadOnlyList<FieldError>> Errors { get; } = errors;
}
