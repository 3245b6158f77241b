namespace NavLederprogram;

/// <summary>A violated business rule. <see cref="Code"/> is a localization key; the HTTP layer turns it into ProblemDetails.</summary>
public class BusinessException(string code, params object?[] messageArguments) : Exception(code)
{
    public string Code { get; } = code;
    public object?[] MessageArguments { get; } = messageArguments;

    /// <summary>True when the rule is about the current state of data (409) rather than the request itself (400).</summary>
    public bool IsConflict { get; init; }

    /// <summary>The input field the rule is about, when there is one, so that a form can show the message there.</summary>
    public string? Field { get; init; }
}
