namespace NavLederprogram.Evaluations;

public sealed record FreeTextCount(int Pending, int Total);
