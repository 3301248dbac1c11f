"""Name pools for the store-blind-13 generators (plain lists, no randomness here)."""
# North American pool (Crate & Needle Records customers): US, Canadian and a few UK buyers.
US_FIRST = ["James", "Michael", "Robert", "David", "William", "Daniel", "Matthew", "Andrew", "Joshua", "Ryan",
            "Tyler", "Kevin", "Brian", "Eric", "Jason", "Justin", "Nathan", "Aaron", "Caleb", "Ethan",
            "Jennifer", "Jessica", "Ashley", "Emily", "Sarah", "Megan", "Rachel", "Lauren", "Hannah", "Olivia",
            "Emma", "Abigail", "Madison", "Kayla", "Samantha", "Natalie", "Alyssa", "Grace", "Claire", "Molly",
            "José", "María", "Sofía", "Joaquín", "Inés", "Ramón", "Héctor", "Mónica", "Raúl", "Lucía",
            "Zoë", "Chloé", "Renée", "André", "Noël", "Amélie", "Élodie", "François", "Hélène", "Rosalía",
            "Søren", "Björn", "Siobhán", "Niamh", "Thảo", "Minh", "Priya", "Arjun", "Kenji", "Yuki",
            "Malik", "Jamal", "Imani", "Aaliyah", "Darius", "Keisha", "Wren", "Juniper", "Rowan", "Felix"]
US_LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
           "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark", "Lewis", "Walker",
           "Young", "Allen", "King", "Wright", "Scott", "Hill", "Green", "Adams", "Baker", "Nelson",
           "García", "Rodríguez", "Hernández", "López", "Pérez", "Gómez", "Núñez", "Muñoz", "Peña", "Ibáñez",
           "Nguyen", "Tran", "Kim", "Park", "Chen", "Wong", "Patel", "Shah", "Tanaka", "Sato",
           "Olsen", "Larsen", "Lindqvist", "Jørgensen", "O'Connor", "O'Malley", "McAllister", "Byrne", "Doherty", "Gallagher",
           "Okafor", "Mensah", "Diallo", "Washington", "Brooks", "Coleman", "Bouchard", "Lefèvre", "Thériault", "Côté",
           "Schmidt", "Weber", "Novak", "Kowalczyk", "Rossi", "Bianchi", "Haddad", "Khoury", "Cohen", "Levine"]

# British pool (Pebble & Pier Gifts staff): English, Welsh, Cornish, Irish and other UK names.
UK_FIRST = ["Oliver", "Harry", "George", "Jack", "Charlie", "Thomas", "Alfie", "Joshua", "Callum", "Liam",
            "Ryan", "Connor", "Jamie", "Luke", "Owen", "Rhys", "Dylan", "Gethin", "Iwan", "Dafydd",
            "Amelia", "Olivia", "Isla", "Emily", "Poppy", "Ava", "Jessica", "Lily", "Sophie", "Grace",
            "Chloe", "Ellie", "Hannah", "Megan", "Bethan", "Ffion", "Cerys", "Carys", "Nia", "Elin",
            "Siân", "Siôn", "Gwenllïan", "Rhiannon", "Aoife", "Niamh", "Róisín", "Seán", "Ciarán", "Pádraig",
            "Zoë", "Chloé", "Renée", "Noémie", "Zoltán", "Agnieszka", "Łukasz", "Małgorzata", "Tomás", "Inês",
            "Priya", "Aisha", "Yusuf", "Imran", "Kerensa", "Morwenna", "Jago", "Tamsin", "Demelza", "Lowen"]
UK_LAST = ["Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson",
           "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall",
           "Wood", "Harris", "Lewis", "Martin", "Jackson", "Clarke", "Clark", "Turner", "Hill", "Scott",
           "Pritchard", "Llewellyn", "Morgan", "Griffiths", "Prosser", "ap Rhys", "Powell", "Vaughan", "Rees", "Bowen",
           "Trevithick", "Penhaligon", "Tremayne", "Pascoe", "Nancarrow", "Rowe", "Holroyd", "Ackroyd", "Sutcliffe", "Hepworth",
           "O'Brien", "Ó Briain", "Ní Mhurchú", "Kowalski", "Wiśniewska", "Nowak", "Horváth", "Patel", "Begum", "Hussain",
           "Brontë", "Bellamy", "Ashworth", "Fairbairn", "Hetherington", "Marsh", "Fletcher", "Dawson", "Kemp", "Lockwood"]
