namespace NavLederprogram.Programmes;

public enum ProgrammeVersionStatus { Draft = 1, Published = 2 }
