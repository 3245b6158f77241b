namespace NavLederprogram.Privacy;

/// <summary>What an erasure does to one kind: how many rows are deleted, anonymised or kept, and until when a kept record stays.</summary>
public sealed record ErasureStep(string Module, string Kind, ErasureAction Action, int Count, DateOnly? KeptUntil = null);
