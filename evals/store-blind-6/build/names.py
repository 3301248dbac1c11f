"""Shared name pools for the store-blind-6 generators (no randomness here)."""
FIRST = ["Liam", "Olivia", "Noah", "Emma", "William", "Charlotte", "Benjamin", "Amélie", "Lucas", "Chloé",
         "Mathieu", "Geneviève", "Étienne", "Maëlle", "Rohan", "Priya", "Arjun", "Simran", "Wei", "Mei",
         "Hiroshi", "Yuki", "Tariq", "Fatima", "Kwame", "Adaeze", "Siobhán", "Declan", "Ingrid", "Lars",
         "Marisol", "Joaquín", "Aleksandra", "Tomasz", "Zoë", "Nathan", "Grace", "Owen", "Hannah", "Caleb",
         "Isla", "Jacob", "Sophie", "Ethan", "Ava", "Logan", "Mia", "Connor", "Leah", "Dylan",
         "Renée", "François", "Hélène", "Björn", "Anneke", "Diego", "Lucía", "Samir", "Nadia", "Theo"]
LAST = ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin", "Gagné",
        "Smith", "Brown", "Wilson", "MacDonald", "Campbell", "Stewart", "Anderson", "Taylor", "Thompson", "Martin",
        "Singh", "Patel", "Sharma", "Chen", "Wang", "Li", "Nguyen", "Kim", "Park", "Tanaka",
        "O'Brien", "Murphy", "Kelly", "Ó Súilleabháin", "Kowalski", "Nowak", "Müller", "Schröder", "Van Dijk", "De Luca",
        "Rossi", "García", "Fernández", "Okafor", "Mensah", "Haddad", "Fraser", "Robertson", "Reid", "Hughes",
        "Bélanger", "Pelletier", "Lévesque", "Johansson", "Lindqvist", "Sørensen", "Whitehorse", "Cardinal", "Ahmed", "Khan"]
