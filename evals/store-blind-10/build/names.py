"""Name pools for the store-blind-10 generators (plain lists, no randomness here)."""
# German pool (Kestner Reifen): stored as vorname / nachname.
DE_FIRST = ["Jürgen", "Jörg", "Günther", "Björn", "Sören", "Uwe", "Klaus", "Stefan", "Thomas", "Michael",
            "Andreas", "Markus", "Tobias", "Florian", "Lukas", "Jonas", "Niklas", "Maximilian", "Felix", "Leon",
            "Paul", "Jan", "Dirk", "Heiko", "Sven", "Ralf", "Matthias", "Christian", "Sebastian", "Timo",
            "Sabine", "Petra", "Claudia", "Anja", "Katrin", "Susanne", "Nicole", "Julia", "Laura", "Lena",
            "Anna", "Sophie", "Marie", "Hannah", "Lea", "Jana", "Franziska", "Birgit", "Kerstin", "Melanie",
            "Özlem", "Mehmet", "Ayşe", "Emre", "Zeynep", "Murat", "Gülşen", "Hakan", "Elif", "Can",
            "Łukasz", "Agnieszka", "Paweł", "Dorota", "Giuseppe", "Chiara", "Dimitrios", "Eleni", "Ivana", "Goran",
            "Renée", "Zoë", "André", "Joëlle", "Raphaël", "Annegret", "Hans-Peter", "Karl-Heinz", "Rüdiger", "Hüseyin"]
DE_LAST = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
           "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
           "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann",
           "Köhler", "Möller", "Jäger", "Groß", "Weiß", "Günther", "Böhm", "Fuchs", "Vogel", "Pohl",
           "Brandt", "Kühn", "Engel", "Horn", "Busch", "Bergmann", "Thomas", "Voigt", "Sauer", "Arnold",
           "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan", "Koç",
           "Kowalczyk", "Nowak", "Wiśniewski", "Dąbrowska", "Lewandowski", "Rossi", "Esposito", "Papadopoulos", "Nikolić", "Jovanović",
           "Lefèvre", "Dubois", "Ahrens", "Lübke", "Dörr", "Wöhler", "Ebert", "Haas", "Graf", "Peters"]

# North American pool (Ridgeline Outfitters): stored as first / last name columns.
NA_FIRST = ["James", "Emily", "Michael", "Sarah", "David", "Jessica", "Daniel", "Ashley", "Matthew", "Megan",
            "Ryan", "Lauren", "Tyler", "Hannah", "Kyle", "Brooke", "Jacob", "Madison", "Ethan", "Olivia",
            "Logan", "Chloé", "Noah", "Zoë", "Liam", "Ava", "Owen", "Mia", "Caleb", "Harper",
            "José", "María", "Luis", "Sofía", "Andrés", "Camila", "Diego", "Valentina", "Mateo", "Lucía",
            "Émile", "Geneviève", "Benoît", "Étienne", "Mélanie", "François", "Hélène", "Jérôme", "Noémie", "Rémi",
            "Søren", "Astrid", "Lars", "Ingrid", "Björn", "Siobhan", "Connor", "Declan", "Aoife", "Niall",
            "Hiroshi", "Yuki", "Wei", "Mei", "Jin", "Priya", "Arjun", "Harpreet", "Gurjit", "Amandeep",
            "Tanvir", "Nadia", "Omar", "Leila", "Kwame", "Amara", "Tavita", "Keanu", "Dakota", "Cheyenne"]
NA_LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
           "Thomas", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis",
           "Walker", "Hall", "Young", "King", "Wright", "Hill", "Green", "Baker", "Nelson", "Carter",
           "García", "Martínez", "Rodríguez", "Hernández", "López", "González", "Pérez", "Núñez", "Peña", "Ramírez",
           "Tremblay", "Gagnon", "Côté", "Bélanger", "Lévesque", "Pelletier", "Bouchard", "Gauthier", "Thériault", "Hébert",
           "O'Brien", "O'Connor", "McCarthy", "Sullivan", "Fitzgerald", "Olsen", "Lindqvist", "Sørensen", "Halvorsen", "Nyström",
           "Nakamura", "Tanaka", "Chen", "Wong", "Kim", "Patel", "Singh", "Gill", "Sandhu", "Dhillon",
           "Nguyen", "Tran", "Haddad", "Okafor", "Mensah", "Bighorn", "Redcloud", "Whitehorse", "MacLeod", "Stewart"]
