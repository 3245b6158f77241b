namespace NavLederprogram.Privacy;

/// <summary>
/// How an erased person is named where a row must still name someone (the person row a kept certificate points at): a code
/// made from the person id, the same in every language and not reversible to the name.
/// </summary>
public static class ErasedPerson
{
    public static string Code(Guid personId) => "#" + personId.ToString("N")[..8];

    public static string Email(Guid personId) => $"erased-{personId:N}@invalid";
}
