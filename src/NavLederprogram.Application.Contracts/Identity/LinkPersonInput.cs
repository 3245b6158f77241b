namespace NavLederprogram.Identity;

public sealed class LinkPersonInput
{
    public Guid? PersonId { get; set; }
}
