namespace NavLederprogram.Programmes;

public enum GatheringFormat { InPerson = 1, Online = 2 }
