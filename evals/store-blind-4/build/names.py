"""Shared name pools for the store-blind-4 generators (deterministic, no randomness here)."""
FIRST = ["James", "María", "José", "Emily", "Noah", "Olivia", "Liam", "Zoë", "Chloé", "Søren",
         "Héctor", "Ana Lucía", "Mary Beth", "Jean-Luc", "Björn", "Aisha", "Mateo", "Léa", "Nguyen",
         "Priya", "Kenji", "Fatima", "Oluwaseun", "Ingrid", "Raúl", "Camille", "Dmitri", "Siobhán",
         "Thomas", "Sarah", "Daniel", "Grace", "Lucas", "Hannah", "Ethan", "Sofía", "Marco", "Amélie",
         "Jürgen", "Élodie", "Tomás", "Ruth", "Caleb", "Nadia", "Owen", "Isabel", "Yusuf", "Mei",
         "Carlos", "Bridget", "Anders", "Renée", "Pedro", "Kateřina", "Luis", "Ava", "Miguel", "Elena"]
LAST = ["Smith", "García", "Johnson", "Martínez", "Brown", "Nguyen", "Van der Berg", "O'Connor",
        "Müller", "Dubois", "Rodríguez", "López", "Hernández", "Kowalski", "Nakamura", "Okafor",
        "Schäfer", "Lefèvre", "Sánchez", "Williams", "Jones", "Davis", "Wilson", "Anderson", "Taylor",
        "Moore", "Jackson", "White", "Harris", "Clark", "Lewis", "Walker", "Young", "King", "Wright",
        "Scott", "Green", "Baker", "Adams", "Nelson", "Hill", "Ramírez", "Campbell", "Mitchell",
        "Roberts", "Carter", "Phillips", "Evans", "Turner", "Torres", "Parker", "Collins", "Edwards",
        "Stewart", "Flores", "Morris", "Murphy", "Rivera", "Cook", "Rogers", "De la Cruz", "Ó Briain",
        "Håkansson", "Østergaard", "Novák", "Fernández", "Running Bear", "St. Clair", "Meyer", "Fischer"]
