namespace NavLederprogram.Evaluations;

public static class PulseConsts
{
    /// <summary>A pulse is open for answers this many days from the end of its gathering or meeting.</summary>
    public const int OpenDays = 7;
}
