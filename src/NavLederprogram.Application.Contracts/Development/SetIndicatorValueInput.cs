namespace NavLederprogram.Development;

/// <summary>
/// One office's value for one period, typed in. Period and value are text as the user wrote them (<c>2026-09</c> or
/// <c>2026-Q3</c>; <c>45,3</c>), so that a wrong one is refused with a message about what was written.
/// </summary>
public sealed class SetIndicatorValueInput
{
    public Guid? OfficeId { get; set; }
    public string? Period { get; set; }
    public string? Value { get; set; }
}
