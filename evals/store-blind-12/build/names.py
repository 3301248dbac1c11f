"""Name pools for the store-blind-12 generators (plain lists, no randomness here)."""
# Dutch & Flemish pool (Slagerij Vermeulen): stored as voornaam / achternaam. Dutch surname infixes
# ("van der", "de", "van 't") are part of achternaam, lower-case in Dutch names and capitalised in Flemish ones.
NL_FIRST = ["Jan", "Pieter", "Kees", "Henk", "Willem", "Joost", "Bram", "Daan", "Sem", "Lars",
            "Ruben", "Thijs", "Sjoerd", "Tjeerd", "Maarten", "Bas", "Floris", "Jeroen", "Wouter", "Stijn",
            "Koen", "Pieter-Jan", "Jens", "Wim", "Geert", "Dirk", "Mohamed", "Youssef", "Mehmet", "Emre",
            "Anouk", "Sanne", "Lotte", "Femke", "Fleur", "Iris", "Lieke", "Marieke", "Annelies", "Ingrid",
            "Els", "Griet", "Hanne", "Lies", "Eline", "Nina", "Julia", "Emma", "Sophie", "Noor",
            "Zoë", "Chloë", "Noël", "Daniël", "Michiel", "Anaïs", "Inès", "Renée", "Hélène", "Frédérique",
            "Loïc", "Joël", "Gaëlle", "Ineke", "Ilse", "Famke", "Yasmina", "Fatima", "Şeyma", "Gülşen",
            "Aïcha", "Jolien", "Elke", "Tine", "Sofie", "Ward", "Seppe", "Wout", "Jef", "Bart"]
NL_LAST = ["de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Janssen", "Visser", "Smit", "Meijer",
           "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer",
           "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "van der Linden", "Kok", "Jacobs", "de Haan", "Postma",
           "Peeters", "Maes", "Willems", "Claes", "Goossens", "Wouters", "De Smet", "Dubois", "Lambrecht", "Verstraete",
           "Van Damme", "Desmet", "Claeys", "Vandenberghe", "Coppens", "Mertens", "Kerkhofs", "D'Hondt", "Van Acker", "De Backer",
           "van 't Hof", "van 't Zand", "Yılmaz", "Öztürk", "Çelik", "El Amrani", "Bouzid", "Ben Saïd", "Ramdin", "Nguyễn",
           "Schröder", "Müller", "Wiśniewski", "Nowak", "Hoekstra", "Brouwers", "Kuipers", "Veenstra", "Timmermans", "Huisman",
           "Wijnands", "Lemmens", "Sanders", "Prins", "van Beek", "Koster", "Verbeek", "Roelofs", "Heijnen", "Oosterhuis"]

# Canadian pool (Trillium Paint & Décor): stored as first_name / last_name.
CA_FIRST = ["Liam", "Noah", "Ethan", "Logan", "Owen", "Connor", "Tyler", "Brandon", "Ryan", "Kyle",
            "Mark", "Scott", "Jennifer", "Melissa", "Ashley", "Megan", "Emily", "Hannah", "Sarah", "Amanda",
            "Jessica", "Kayla", "Brittany", "Lauren", "Darren", "Trevor", "Shawn", "Curtis", "Heather", "Tanya",
            "Mathieu", "Étienne", "Frédéric", "Stéphane", "François", "Benoît", "Gaétan", "Jérôme", "Sébastien", "Rémi",
            "Théo", "Zoé", "Chloé", "Amélie", "Geneviève", "Josée", "Hélène", "Céline", "Mélanie", "Noémie",
            "Marie-Ève", "Andrée-Anne", "Élodie", "Maëlle", "Priya", "Harjit", "Gurpreet", "Wei", "Mei", "Jun",
            "Olga", "Taras", "Oksana", "Siobhán", "Declan", "Fergus", "Ayesha", "Omar", "Nadia", "Tariq",
            "Kwame", "Ama", "Luis", "Sofía", "Joaquín", "Björn", "Ingrid", "Søren", "Mariam", "Darnell"]
CA_LAST = ["Smith", "Brown", "Tremblay", "Martin", "Roy", "Gagnon", "Lee", "Wilson", "Johnson", "MacDonald",
           "Taylor", "Campbell", "Anderson", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin", "Gagné",
           "Ouellet", "Pelletier", "Bélanger", "Lévesque", "Bergeron", "Leclerc", "Thériault", "Bérubé", "Cloutier", "Pépin",
           "Gélinas", "Chrétien", "Boudreau", "Arsenault", "LeBlanc", "Cormier", "Doucet", "Robichaud", "Landry", "Comeau",
           "MacLeod", "MacNeil", "MacKinnon", "O'Brien", "O'Neil", "Fraser", "Murphy", "Walsh", "Power", "Kelly",
           "Singh", "Patel", "Nguyen", "Chen", "Wong", "Kowalski", "Petrenko", "Kovalenko", "Schäfer", "Núñez",
           "Thompson", "White", "Harris", "Clarke", "Stewart", "Hughes", "Mitchell", "Graham", "Reid", "Ross",
           "Young", "Scott", "Hall", "Wright", "King", "Green", "Baker", "Adams", "Nelson", "Hill"]
